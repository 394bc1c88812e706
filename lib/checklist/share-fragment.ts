/**
 * How to recognise a share link, apart from the codec in share-link.ts: the checklist checks
 * every page load for one, but loads the codec only when there is a link to open or make.
 */
export const SHARE_PREFIX = 'share=';

/** Is this URL fragment (with or without `#`) meant to be a share link at all? */
export const isShareFragment = (hash: string) => hash.replace(/^#/, '').startsWith(SHARE_PREFIX);
