import { create } from 'qrcode';

/** A QR code as one SVG path of its dark modules, in module units, with the 4-module quiet zone included in `size`. */
export type QrCode = { size: number; path: string };

/** Longest link put in a QR code: past this the code has too many modules to scan from paper. */
export const QR_MAX_CHARS = 1200;

const QUIET = 4;

/**
 * The QR code of a text (error correction level L, the most room for data), drawn as a path
 * rather than an image, so it prints sharp and needs no image source under the page's policy.
 * Undefined when the text is longer than QR_MAX_CHARS.
 */
export function qrCode(text: string): QrCode | undefined {
  if (text.length > QR_MAX_CHARS) return undefined;
  let code = create(text, { errorCorrectionLevel: 'L' });
  // jsQR, which many scanners in web pages use, cannot read version 23 (a wrong table in it,
  // cozmo/jsQR#251): draw such a code one version larger, which holds all it would.
  if (code.version === 23) code = create(text, { errorCorrectionLevel: 'L', version: 24 });
  const { modules } = code;
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) path += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
  }
  return { size: modules.size + 2 * QUIET, path };
}
