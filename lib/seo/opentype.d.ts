// opentype.js ships no types; this declares only the part lib/seo/preview-image.ts uses.
declare module 'opentype.js' {
  export interface Path {
    toPathData(options?: { decimalPlaces?: number; flipY?: boolean }): string;
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    charToGlyph(char: string): Glyph;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
