import { useEffect, useState } from 'react';
import type { ShareLinks } from '@/lib/checklist/handout-link';
import type { SharedEvaluation } from '@/lib/checklist/share-link';

/** The share link, the link without notes, and what the handout prints (lib/checklist/handout-link.ts). */
export type ShareLinkState = ShareLinks;

/** How long the checklist must rest before its link is made again: typing a note changes it with every key. */
const SETTLE_MS = 250;

/** The address every share link starts with, up to and including `#`. */
const linkBase = () => `${window.location.origin}/checklist#`;

/** The share link of this view, made now (Copy link must never copy a link a keystroke old). */
export async function makeShareUrl(view: SharedEvaluation, itemIds: readonly string[]): Promise<string | undefined> {
  const { encodeShareFragment } = await import('@/lib/checklist/share-link');
  const result = await encodeShareFragment(view, itemIds);
  return result.ok ? linkBase() + result.fragment : undefined;
}

/**
 * The share link of what the page shows, made again shortly after it changes, so the page can
 * show it, email it, print it and draw its QR code. The codec and the QR encoder load only once
 * there is saved data read (`ready`); neither is part of the page's first script.
 */
export function useShareLink(view: SharedEvaluation, itemIds: readonly string[], ready: boolean): ShareLinkState {
  const [state, setState] = useState<ShareLinkState>({});
  const key = JSON.stringify([view.name, view.answers, view.notes, view.facts ?? null]);
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const { shareLinks } = await import('@/lib/checklist/handout-link');
      const links = await shareLinks(view, itemIds, linkBase());
      if (!cancelled) setState(links);
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` stands for the view's content: a new object with the same content needs no new link.
  }, [key, itemIds, ready]);
  return state;
}
