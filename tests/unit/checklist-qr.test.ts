import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { QR_MAX_CHARS, qrCode } from '@/lib/checklist/qr';

/** Draws the code as the handout does (an SVG path) and reads it back with jsQR. */
async function decode(code: NonNullable<ReturnType<typeof qrCode>>): Promise<string | undefined> {
  const scale = 6;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${code.size * scale}" height="${code.size * scale}" viewBox="0 0 ${code.size} ${code.size}"><rect width="100%" height="100%" fill="#fff"/><path d="${code.path}" fill="#000"/></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}

describe('qrCode', () => {
  it('draws a code that reads back as the link it was given', async () => {
    const link = `https://guide.example.org/checklist#share=2.${'q1YqzStRsgJiHaWSzLyU1CIlq2gA'.repeat(20)}.0a1b2c3d`;
    const code = qrCode(link);
    expect(code).toBeDefined();
    expect(await decode(code!)).toBe(link);
  });

  it('gives no code for a link too long to scan from paper', () => {
    expect(qrCode('x'.repeat(QR_MAX_CHARS + 1))).toBeUndefined();
    expect(qrCode('x'.repeat(QR_MAX_CHARS))).toBeDefined();
  });
});
