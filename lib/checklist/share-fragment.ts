/**
 * How to recognise a share link, apart from the codec in share-link.ts: the checklist checks
 * every page load for one, but loads the codec only when there is a link to open or make.
 */
export const SHARE_PREFIX = 'share=';

/**
 * Is this URL fragment (with or without `#`) meant to be a share link at all? Ours start
 * `share=`, and no heading or question on the page has an `=` in its id, so any other
 * `key=value` fragment is a share link that was mangled in copying (`#shar=…`, `#Share=…`):
 * the reader should hear that it is damaged, not be shown their own checklist in silence.
 */
export const isShareFragment = (hash: string) => fragmentText(hash).includes('=');

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
