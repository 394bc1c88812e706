import jsQR from 'jsqr';
import sharp from 'sharp';

/** Reads a QR code drawn as SVG (its outerHTML), as a phone camera would read the printed one. */
export async function readQr(svg: string): Promise<string | undefined> {
  const sized = svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="900"');
  const { data, info } = await sharp(Buffer.from(sized)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}
