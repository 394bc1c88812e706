import { ImageResponse } from 'next/og';

export const dynamicParams = false;
const sizes = ['192', '512'] as const;

export function generateStaticParams() {
  return sizes.map((size) => ({ size }));
}

/** PNG app icons for the web app manifest: the same mark as app/icon.svg. */
export async function GET(_request: Request, { params }: { params: Promise<{ size: string }> }) {
  const px = Number((await params).size);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', background: '#18181b', position: 'relative' }}>
        <svg width={px} height={px} viewBox="0 0 64 64">
          <rect x="8" y="50" width="48" height="6" fill="#3b82f6" />
          <path d="M16 28l10 10 22-22" fill="none" stroke="#fff" strokeWidth="7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
    ),
    { width: px, height: px },
  );
}
