import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import opentype, { type Font, type Glyph } from 'opentype.js';
import sharp from 'sharp';
import { site } from '@/lib/site';

/**
 * Link previews: the page title, large, under a bar with the site's name (1200 × 630, the size
 * Open Graph and Twitter cards expect).
 *
 * A site of 1,000 articles needs 1,000 of them, so this draws them the cheap way. The text is laid out here
 * with the font's letter widths (opentype.js finds no kerning pairs in this build of Inter), and
 * each letter's outline goes into the SVG once, however often the letter appears. Then sharp
 * draws the SVG and writes the PNG. next/og did the same through a general layout engine, and
 * with it the previews were close to half of the 1,000-article build's page rendering.
 */
export const previewSize = { width: 1200, height: 630 };

const MARGIN = 64;
const TEXT_WIDTH = previewSize.width - 2 * MARGIN;
const BAR = { height: 120, fontSize: 40, padTop: 36 };
const ACCENT_HEIGHT = 12;
const BOTTOM_PAD = 24;
const KICKER = { fontSize: 36, gap: 16 };
/** Largest first: the title takes the largest size at which it fits in three lines. */
export const TITLE_SIZES = [84, 72, 60, 52, 44] as const;
const TITLE_LINES = 3;
const TITLE_LINE_HEIGHT = 1.15;
/** CSS's "normal" line height for this font, near enough. */
const NORMAL_LINE_HEIGHT = 1.2;
const COLOURS = { page: '#ffffff', ink: '#18181b', bar: '#18181b', barText: '#ffffff', accent: '#1d4ed8', kicker: '#3f3f46' };

/** Inter 700 from an npm package, so the build needs no network. Read once per process. */
let boldFont: Font | undefined;
export function previewFont(): Font {
  if (!boldFont) {
    const file = readFileSync(path.join(process.cwd(), 'node_modules/@fontsource/inter/files/inter-latin-700-normal.woff'));
    boldFont = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  }
  return boldFont;
}

/** Each letter's outline as SVG path data, in font units, worked out once per process. */
const outlines = new Map<number, string>();
function outline(font: Font, glyph: Glyph): string {
  let d = outlines.get(glyph.index);
  if (d === undefined) {
    // getPath already turns the outline the SVG way up; toPathData would turn it over again.
    d = glyph.getPath(0, 0, font.unitsPerEm).toPathData({ decimalPlaces: 0, flipY: false });
    outlines.set(glyph.index, d);
  }
  return d;
}

/** Where each letter of a line starts, in font units, and where the line ends. */
function placeLetters(font: Font, text: string) {
  const chars = [...text];
  const glyphs = chars.map((c) => font.charToGlyph(c));
  const letters: { glyph: Glyph; x: number; blank: boolean }[] = [];
  let pen = 0;
  glyphs.forEach((glyph, i) => {
    letters.push({ glyph, x: pen, blank: /\s/.test(chars[i] ?? '') });
    pen += glyph.advanceWidth ?? 0;
  });
  return { letters, width: pen };
}

/** A line's width in pixels at a font size. */
export function textWidth(font: Font, text: string, fontSize: number): number {
  return (placeLetters(font, text).width * fontSize) / font.unitsPerEm;
}

/**
 * Breaks a title into lines that fit the card, at the largest size that needs at most three.
 * A word wider than a whole line keeps a line to itself.
 */
export function layoutTitle(font: Font, title: string): { fontSize: number; lines: string[] } {
  const words = title.trim().split(/\s+/);
  let layout = { fontSize: TITLE_SIZES[0] as number, lines: [title] };
  for (const fontSize of TITLE_SIZES) {
    const lines: string[] = [];
    for (const word of words) {
      const last = lines[lines.length - 1];
      if (last !== undefined && textWidth(font, `${last} ${word}`, fontSize) <= TEXT_WIDTH) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    layout = { fontSize, lines };
    if (lines.length <= TITLE_LINES) break;
  }
  return layout;
}

/** The top of a line box to the text's baseline, centring the font's height in the box. */
function baseline(font: Font, boxTop: number, boxHeight: number, fontSize: number): number {
  const scale = fontSize / font.unitsPerEm;
  return boxTop + (boxHeight - (font.ascender - font.descender) * scale) / 2 + font.ascender * scale;
}

/** The preview as SVG. Only numbers and the font's outlines go in: no text to escape. */
export function previewSvg(title: string, kicker?: string): string {
  const font = previewFont();
  const used = new Set<Glyph>();
  const line = (text: string, top: number, height: number, fontSize: number, fill: string) => {
    const uses = placeLetters(font, text)
      .letters.filter((l) => !l.blank)
      .map((l) => (used.add(l.glyph), `<use href="#g${l.glyph.index}" x="${Math.round(l.x)}"/>`));
    const y = baseline(font, top, height, fontSize).toFixed(1);
    return `<g fill="${fill}" transform="translate(${MARGIN} ${y}) scale(${fontSize / font.unitsPerEm})">${uses.join('')}</g>`;
  };

  const { fontSize, lines } = layoutTitle(font, title);
  const titleLine = fontSize * TITLE_LINE_HEIGHT;
  const kickerLine = KICKER.fontSize * NORMAL_LINE_HEIGHT;
  const areaTop = BAR.height + ACCENT_HEIGHT;
  const areaHeight = previewSize.height - BOTTOM_PAD - areaTop;
  const blockHeight = (kicker ? kickerLine + KICKER.gap : 0) + lines.length * titleLine;
  let top = areaTop + (areaHeight - blockHeight) / 2;

  const text = [line(site.name, BAR.padTop, BAR.fontSize * NORMAL_LINE_HEIGHT, BAR.fontSize, COLOURS.barText)];
  if (kicker) {
    text.push(line(kicker, top, kickerLine, KICKER.fontSize, COLOURS.kicker));
    top += kickerLine + KICKER.gap;
  }
  for (const [i, l] of lines.entries()) text.push(line(l, top + i * titleLine, titleLine, fontSize, COLOURS.ink));

  const defs = [...used].map((g) => `<path id="g${g.index}" d="${outline(font, g)}"/>`).join('');
  const { width, height } = previewSize;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${defs}</defs>`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.page}"/>`,
    `<rect width="${width}" height="${BAR.height}" fill="${COLOURS.bar}"/>`,
    `<rect y="${BAR.height}" width="${width}" height="${ACCENT_HEIGHT}" fill="${COLOURS.accent}"/>`,
    ...text,
    '</svg>',
  ].join('');
}

/**
 * The preview as PNG bytes. Light compression (about 60 kB an image): sharp's default level made
 * them a tenth smaller and took a fifth more CPU.
 */
export async function previewPng(title: string, kicker?: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await sharp(Buffer.from(previewSvg(title, kicker))).png({ compressionLevel: 3 }).toBuffer());
}

/** The preview as a PNG response, for an `opengraph-image` route drawn at build time. */
export async function previewImage(title: string, kicker?: string): Promise<Response> {
  return new Response(await previewPng(title, kicker), { headers: { 'Content-Type': 'image/png' } });
}
