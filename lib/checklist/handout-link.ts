import { qrCode, type QrCode } from './qr';
import { encodeShareFragment, type SharedEvaluation } from './share-link';

/** What the handout prints to open the checklist again: a link, its QR code, and whether the notes were left out of both. */
export type PrintedLink = { url: string; qr?: QrCode; withoutNotes: boolean };

/**
 * A checklist's links: `url`, the whole checklist; `withoutNotes`, the same name, answers and
 * facts without the notes, for a QR code or an email when the whole link is too long for one
 * (only made when there are notes); `printed`, what the handout shows. `tooLong` only when even
 * the whole link cannot be made, which data the page accepts never causes (share-link.ts).
 */
export type ShareLinks = { url?: string; tooLong?: boolean; withoutNotes?: string; printed?: PrintedLink };

/**
 * The links of a checklist, at `base` (the checklist page's address up to and including `#`).
 *
 * On paper, the code and the printed link are the same link. When the whole link fits in a QR
 * code, that is the link. When it does not (a few long notes are enough), both hold the link
 * without the notes, which every checklist fits in a code: the notes are printed on the page
 * anyway, and a printed link of many thousands of characters is of no use to anyone.
 */
export async function shareLinks(view: SharedEvaluation, itemIds: readonly string[], base: string): Promise<ShareLinks> {
  const whole = await encodeShareFragment(view, itemIds);
  const url = whole.ok ? base + whole.fragment : undefined;
  const hasNotes = itemIds.some((id) => view.notes[id]?.trim());
  const bare = hasNotes ? await encodeShareFragment({ ...view, notes: {} }, itemIds) : whole;
  const withoutNotes = hasNotes && bare.ok ? base + bare.fragment : undefined;

  const wholeCode = url ? qrCode(url) : undefined;
  let printed: PrintedLink | undefined;
  if (url && (wholeCode || !withoutNotes)) printed = { url, ...(wholeCode ? { qr: wholeCode } : {}), withoutNotes: false };
  else if (withoutNotes) {
    const code = qrCode(withoutNotes);
    printed = { url: withoutNotes, ...(code ? { qr: code } : {}), withoutNotes: true };
  }
  return { ...(url ? { url } : { tooLong: true }), ...(withoutNotes ? { withoutNotes } : {}), ...(printed ? { printed } : {}) };
}
