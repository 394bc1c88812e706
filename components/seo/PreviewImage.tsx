import { ImageResponse } from 'next/og';
import { site } from '@/lib/site';

/** Link previews are 1200 × 630, the size Open Graph and Twitter cards expect. */
export const previewSize = { width: 1200, height: 630 };

/**
 * A link preview: the page title, large, with the site's name. The styles are for the image
 * renderer (satori), not the page, so they are inline by necessity.
 */
export function previewImage(title: string, kicker?: string) {
  const fontSize = title.length > 60 ? 60 : title.length > 35 ? 72 : 84;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#18181b' }}>
        <div style={{ display: 'flex', background: '#18181b', color: '#ffffff', padding: '36px 64px', fontSize: 40, fontWeight: 700, borderBottom: '12px solid #1d4ed8' }}>
          {site.name}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flex: 1, padding: '0 64px' }}>
          {kicker ? <div style={{ fontSize: 36, color: '#3f3f46', marginBottom: 16 }}>{kicker}</div> : null}
          <div style={{ fontSize, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        </div>
        <div style={{ display: 'flex', padding: '0 64px 40px', fontSize: 30, color: '#3f3f46' }}>A plain guide to short-term credentials</div>
      </div>
    ),
    previewSize,
  );
}
