import { describe, expect, it } from 'vitest';
import { withScriptCopies } from '@/lib/finish/page-scripts';

describe('withScriptCopies', () => {
  const copies = { '/scripts/share.js': '/_next/static/scripts/share-ABC123.js' };

  it('points a script tag at its cacheable copy', () => {
    expect(withScriptCopies('<div><script src="/scripts/share.js" defer=""></script></div>', copies)).toBe(
      '<div><script src="/_next/static/scripts/share-ABC123.js" defer=""></script></div>',
    );
  });

  it('leaves other scripts, and the address written as text, alone', () => {
    const html = '<p>Load /scripts/share.js or src="/scripts/share.js"</p><script src="/scripts/other.js"></script><script type="application/ld+json">{}</script>';
    expect(withScriptCopies(html, copies)).toBe(html);
  });

  it('is safe to run twice', () => {
    const once = withScriptCopies('<script src="/scripts/share.js" defer=""></script>', copies);
    expect(withScriptCopies(once, copies)).toBe(once);
  });
});
