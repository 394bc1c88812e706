import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { site } from '@/lib/site';

/** Link previews are 1200 × 630, the size Open Graph and Twitter cards expect. */
export const previewSize = { width: 1200, height: 630 };

/**
 * A real bold face (Inter 700, from an npm package, so the build needs no network): the
 * renderer's built-in font has only a regular weight, and a bold title reads better as a
 * small thumbnail. Read once per process.
 */
let boldFont: Buffer | undefined;
function previewFont() {
  boldFont ??= readFileSync(path.join(process.cwd(), 'node_modules/@fontsource/inter/files/inter-latin-700-normal.woff'));
  return [{ name: 'Inter', data: boldFont, weight: 700 as const, style: 'normal' as const }];
}

/**
 * A link preview: the page title, large, under a bar with the site's name. The styles are for
 * the image renderer (satori), not the page, so they are inline by necessity. Every shape is a
 * plain box and there is no text beyond the title, the kicker and the site's name: the build
 * draws one of these per article, and each line of text costs time to draw.
 */
export function previewImage(title: string, kicker?: string) {
  const fontSize = title.length > 60 ? 60 : title.length > 35 ? 72 : 84;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#18181b', fontFamily: 'Inter' }}>
        <div style={{ display: 'flex', background: '#18181b', color: '#ffffff', padding: '36px 64px', fontSize: 40 }}>{site.name}</div>
        <div style={{ display: 'flex', height: 12, background: '#1d4ed8' }} />
        <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flex: 1, padding: '0 64px 24px' }}>
          {kicker ? <div style={{ fontSize: 36, color: '#3f3f46', marginBottom: 16 }}>{kicker}</div> : null}
          <div style={{ fontSize, lineHeight: 1.15 }}>{title}</div>
        </div>
      </div>
    ),
    { ...previewSize, fonts: previewFont() },
  );
}
