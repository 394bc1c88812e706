import { describe, expect, it } from 'vitest';
import { QR_MAX_CHARS, qrCode } from '@/lib/checklist/qr';
import { readQr } from './helpers/read-qr';

describe('qrCode', () => {
  it('draws a code that reads back as the link it was given', async () => {
    const link = `https://guide.example.org/checklist#share=2.${'q1YqzStRsgJiHaWSzLyU1CIlq2gA'.repeat(20)}.0a1b2c3d`;
    const code = qrCode(link);
    expect(code).toBeDefined();
    expect(await readQr(code!)).toBe(link);
  });

  it('draws a code that would be version 23 as version 24, which jsQR reads', async () => {
    // 1,040 characters: version 23 at error correction level L (109 modules a side).
    const link = `https://guide.example.org/checklist#share=2.${'aZ09_-'.repeat(200)}`.slice(0, 1040);
    const code = qrCode(link)!;
    expect(code.size - 8).toBe(113);
    expect(await readQr(code)).toBe(link);
  });

  it('gives no code for a link too long to scan from paper', () => {
    expect(qrCode('x'.repeat(QR_MAX_CHARS + 1))).toBeUndefined();
    expect(qrCode('x'.repeat(QR_MAX_CHARS))).toBeDefined();
  });
});
