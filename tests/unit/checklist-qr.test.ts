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

  it('gives no code for a link too long to scan from paper', () => {
    expect(qrCode('x'.repeat(QR_MAX_CHARS + 1))).toBeUndefined();
    expect(qrCode('x'.repeat(QR_MAX_CHARS))).toBeDefined();
  });
});
