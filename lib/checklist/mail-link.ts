/**
 * Longest `mailto:` link we hand to a mail app. The standard sets no limit, but in practice
 * some browser and mail app pairs fail past about 2,000 characters (Chrome handing a link to
 * Outlook on Windows has been reported to, and Internet Explorer stopped at 2,083). A page cannot
 * tell which mail app will open the link, so every reader gets one that works everywhere.
 */
export const MAILTO_MAX = 2000;

/** What the email says when its link leaves out the notes. */
export const NOTES_LEFT_OUT =
  'This link opens the answers and program facts, but not the notes: with the notes, the link was too long for some email apps. To send the notes too, use "Copy link" on the checklist and paste that link here instead.';

const mailto = (subject: string, body: string) => `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

/**
 * "Email this checklist": the whole link in the body when the mailto: link stays within
 * MAILTO_MAX; otherwise the link without the notes, followed by a sentence saying so.
 */
export function checklistMailto(subject: string, url: string, withoutNotes?: string): { href: string; notesLeftOut: boolean } {
  const whole = mailto(subject, url);
  if (whole.length <= MAILTO_MAX || !withoutNotes) return { href: whole, notesLeftOut: false };
  return { href: mailto(subject, `${withoutNotes}\n\n${NOTES_LEFT_OUT}`), notesLeftOut: true };
}
