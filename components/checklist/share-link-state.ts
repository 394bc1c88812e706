import { useEffect, useState } from 'react';
import type { SharedEvaluation } from '@/lib/checklist/share-link';
import type { QrCode } from '@/lib/checklist/qr';
import type { ShareLink } from './ShareActions';

/** The share link, and the QR code the handout prints (of the link without notes when the whole link is too long for one). */
export type ShareLinkState = ShareLink & { qr?: QrCode & { withoutNotes: boolean } };

/** How long the checklist must rest before its link is made again: typing a note changes it with every key. */
const SETTLE_MS = 250;

/**
 * The share link of what the page shows, made again shortly after it changes, so the page can
 * show it, print it and draw its QR code. The codec and the QR encoder load only once there is
 * saved data read (`ready`); neither is part of the page's first script.
 */
/** The share link of this view, made now (Copy link must never copy a link a keystroke old). */
export async function makeShareUrl(view: SharedEvaluation, itemIds: readonly string[]): Promise<string | undefined> {
  const { encodeShareFragment } = await import('@/lib/checklist/share-link');
  const result = await encodeShareFragment(view, itemIds);
  return result.ok ? `${window.location.origin}/checklist#${result.fragment}` : undefined;
}

export function useShareLink(view: SharedEvaluation, itemIds: readonly string[], ready: boolean): ShareLinkState {
  const [state, setState] = useState<ShareLinkState>({});
  const key = JSON.stringify([view.name, view.answers, view.notes, view.facts ?? null]);
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const [{ encodeShareFragment }, { qrCode }] = await Promise.all([import('@/lib/checklist/share-link'), import('@/lib/checklist/qr')]);
      const shared = view;
      const result = await encodeShareFragment(shared, itemIds);
      const base = `${window.location.origin}/checklist#`;
      let qr: ShareLinkState['qr'];
      const full = result.ok ? qrCode(base + result.fragment) : undefined;
      if (full) qr = { ...full, withoutNotes: false };
      else {
        const bare = await encodeShareFragment({ ...shared, notes: {} }, itemIds);
        const code = bare.ok ? qrCode(base + bare.fragment) : undefined;
        if (code) qr = { ...code, withoutNotes: true };
      }
      if (cancelled) return;
      setState(result.ok ? { url: base + result.fragment, ...(qr ? { qr } : {}) } : { tooLong: true, ...(qr ? { qr } : {}) });
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` stands for the view's content: a new object with the same content needs no new link.
  }, [key, itemIds, ready]);
  return state;
}
