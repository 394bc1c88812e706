import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { site } from '@/lib/site';

/**
 * Link previews: the page title, large, under a bar with the site's name (1200 × 630, the size
 * Open Graph and Twitter cards expect), drawn by Next's ImageResponse as the app icons are.
 * Previews are drawn when first asked for, not at build time (app/guides/[slug]/
 * opengraph-image.tsx), so the framework's general layout costs a reader nothing they would
 * notice: docs/decisions.md has the measurement.
 */
export const previewSize = { width: 1200, height: 630 };

const COLOURS = { page: '#ffffff', ink: '#18181b', bar: '#18181b', barText: '#ffffff', accent: '#1d4ed8', kicker: '#3f3f46' };

/** Largest first, by the title's length: the largest size at which it fits in three lines. */
export function titleSize(title: string): number {
  const n = title.length;
  return n <= 24 ? 84 : n <= 40 ? 72 : n <= 58 ? 60 : n <= 75 ? 52 : 44;
}

/** Inter 700 from an npm package, so drawing needs no network. Read once per process. */
let boldFont: ArrayBuffer | undefined;
function previewFont(): ArrayBuffer {
  if (!boldFont) {
    const file = readFileSync(path.join(process.cwd(), 'node_modules/@fontsource/inter/files/inter-latin-700-normal.woff'));
    boldFont = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  }
  return boldFont;
}

/** The preview as a PNG response, for an `opengraph-image` route. */
export function previewImage(title: string, kicker?: string): Response {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: COLOURS.page, fontFamily: 'Inter' }}>
        <div style={{ display: 'flex', height: 120, padding: '0 64px', alignItems: 'center', background: COLOURS.bar, color: COLOURS.barText, fontSize: 40 }}>{site.name}</div>
        <div style={{ display: 'flex', height: 12, background: COLOURS.accent }} />
        <div style={{ display: 'flex', flex: 1, flexDirection: 'column', justifyContent: 'center', padding: '0 64px 24px' }}>
          {kicker ? <div style={{ display: 'flex', fontSize: 36, color: COLOURS.kicker, marginBottom: 16 }}>{kicker}</div> : null}
          <div style={{ display: 'flex', fontSize: titleSize(title), lineHeight: 1.15, color: COLOURS.ink }}>{title}</div>
        </div>
      </div>
    ),
    { ...previewSize, fonts: [{ name: 'Inter', data: previewFont(), weight: 700, style: 'normal' }] },
  );
}

/** The preview as PNG bytes, for a route that keeps what it drew. */
export async function previewPng(title: string, kicker?: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await previewImage(title, kicker).arrayBuffer());
}
