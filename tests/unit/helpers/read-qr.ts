import jsQR from 'jsqr';
import sharp from 'sharp';
import type { QrCode } from '@/lib/checklist/qr';

/** Draws the code as the handout does (an SVG path) and reads it back with jsQR, as a phone camera would. */
export async function readQr(code: QrCode): Promise<string | undefined> {
  const scale = 6;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${code.size * scale}" height="${code.size * scale}" viewBox="0 0 ${code.size} ${code.size}"><rect width="100%" height="100%" fill="#fff"/><path d="${code.path}" fill="#000"/></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}
