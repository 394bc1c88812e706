import { describe, expect, it } from 'vitest';
import { shareLinks } from '@/lib/checklist/handout-link';
import { checklistMailto, MAILTO_MAX, NOTES_LEFT_OUT } from '@/lib/checklist/mail-link';
import { QR_MAX_CHARS } from '@/lib/checklist/qr';
import { decodeShareFragment, type SharedEvaluation } from '@/lib/checklist/share-link';
import { getChecklist } from '@/lib/content';
import { fullFacts, fullyNoted, TEXT_KINDS, textOfKind, type TextKind } from './helpers/full-checklist';
import { readQr } from './helpers/read-qr';

const itemIds = getChecklist().sections.flatMap((s) => s.items.map((i) => i.id));
/** A page address about as long as a real site's. */
const BASE = 'https://microcredentials-guide.example.org/checklist#';

async function opened(url: string): Promise<SharedEvaluation> {
  const result = await decodeShareFragment(url.slice(url.indexOf('#')), itemIds);
  if (!result.ok) throw new Error(`${url.slice(0, 80)}… did not open: ${result.reason}`);
  return result.shared;
}

const kinds = Object.keys(TEXT_KINDS) as TextKind[];

describe('shareLinks: the handout of a checklist noted to the limit', () => {
  it.each(kinds)('in %s, prints a sealed link and a QR code with the same answers and facts and no notes', async (kind) => {
    // Every note at its limit; a name and a price note of a usual length.
    const e = { ...fullyNoted(kind, itemIds), name: textOfKind(kind, 40, 5), facts: fullFacts(textOfKind(kind, 40, 6)) };
    const links = await shareLinks(e, itemIds, BASE);
    expect(links.tooLong).toBeUndefined();
    expect(await opened(links.url!)).toEqual(e);
    const printed = links.printed!;
    expect(printed.withoutNotes).toBe(true);
    expect(printed.url).toBe(links.withoutNotes);
    expect(printed.url).toMatch(/#share=2\.[\w-]+\.[0-9a-f]{8}$/);
    expect(printed.url.length).toBeLessThanOrEqual(QR_MAX_CHARS);
    expect(await opened(printed.url)).toEqual({ ...e, notes: {} });
    expect(await readQr(printed.qr!)).toBe(printed.url);
  });

  it('prints the link without notes and no code when even that is too long for one: 80 Chinese characters of name and 120 of price note', async () => {
    const e = fullyNoted('Chinese', itemIds);
    const links = await shareLinks(e, itemIds, BASE);
    expect(links.withoutNotes!.length).toBeGreaterThan(QR_MAX_CHARS);
    expect(links.printed).toEqual({ url: links.withoutNotes, withoutNotes: true });
    expect(await opened(links.printed!.url)).toEqual({ ...e, notes: {} });
    expect(await opened(links.url!)).toEqual(e);
  });

  it('prints the whole link, in the code too, when it fits in one', async () => {
    const e: SharedEvaluation = { name: 'Acme Data Boot Camp', answers: { 'job-named': 'yes' }, notes: { 'job-named': 'Junior analyst at a hospital.' } };
    const links = await shareLinks(e, itemIds, BASE);
    expect(links.printed).toEqual({ url: links.url, qr: expect.anything(), withoutNotes: false });
    expect(await readQr(links.printed!.qr!)).toBe(links.url);
    expect(await opened(links.withoutNotes!)).toEqual({ ...e, notes: {} });
  });

  it('makes no second link for a checklist without notes', async () => {
    const links = await shareLinks({ name: 'No notes', answers: { 'job-named': 'no' }, notes: { 'job-named': '   ' } }, itemIds, BASE);
    expect(links.withoutNotes).toBeUndefined();
    expect(links.printed?.url).toBe(links.url);
  });
});

describe('checklistMailto', () => {
  it('puts the whole link in the body while the mailto: link is short enough', async () => {
    const links = await shareLinks({ name: 'Acme', answers: { 'job-named': 'yes' }, notes: { 'job-named': 'Short note.' } }, itemIds, BASE);
    const mail = checklistMailto('Checklist: Acme', links.url!, links.withoutNotes);
    expect(mail).toEqual({ href: `mailto:?subject=${encodeURIComponent('Checklist: Acme')}&body=${encodeURIComponent(links.url!)}`, notesLeftOut: false });
  });

  it('sends the link without the notes, and says so, when the whole link is too long for email apps', async () => {
    const e = fullyNoted('ASCII prose', itemIds);
    const links = await shareLinks(e, itemIds, BASE);
    const subject = 'Checklist: Riverside Career Institute';
    const mail = checklistMailto(subject, links.url!, links.withoutNotes);
    expect(mail.notesLeftOut).toBe(true);
    expect(mail.href.length).toBeLessThanOrEqual(MAILTO_MAX);
    const body = new URL(mail.href).searchParams.get('body')!;
    expect(body).toBe(`${links.withoutNotes}\n\n${NOTES_LEFT_OUT}`);
    expect(await opened(body.split('\n')[0]!)).toEqual({ ...e, notes: {} });
  });
});
