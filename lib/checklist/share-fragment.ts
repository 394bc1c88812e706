/**
 * How to recognise a share link, apart from the codec in share-link.ts: the checklist checks
 * every page load for one, but loads the codec only when there is a link to open or make.
 */
export const SHARE_PREFIX = 'share=';

/**
 * Is this URL fragment (with or without `#`) meant to be a share link at all? Ours start
 * `share=`. One whose `share=` was mangled in copying (`#shar=1.…`, `#Share=…`, `#sharex2.…`)
 * still carries our payload: a version number, a dot and base64url. The reader should hear that
 * such a link is damaged, not be shown their own checklist in silence. Other fragments (a
 * heading's id, Facebook's `#_=_`, `#utm_source=…`) are left alone: none has a digit, a dot and
 * eight letters in a row.
 */
export const isShareFragment = (hash: string) => looksLikeShareLink(fragmentText(hash));

/** The same test on a fragment already decoded by fragmentText, so it is not decoded twice. */
export const looksLikeShareLink = (fragment: string) => /^\s*share=/i.test(fragment) || /\d\.[\w-]{8,}/.test(fragment);

/**
 * The fragment without its `#`, percent-decoded: some mail apps send `share%3D1.…`. Our links
 * are base64url, which has no `%`, so decoding never changes a good one.
 */
export function fragmentText(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(fragment);
  } catch {
    // Broken escapes elsewhere in the link: it is damaged, but still meant as a share link.
    return fragment.replace(/%3d/gi, '=');
  }
}
