'use client';
import { useState } from 'react';
import { useHydrated } from '@/components/island/hydration';
import { checklistMailto } from '@/lib/checklist/mail-link';
import type { ShareLinks } from '@/lib/checklist/handout-link';
import { copyText } from '../share/clipboard';

/** The checklist's share link as the page made it (ChecklistApp), the same without notes, or why there is none. */
export type ShareLink = Pick<ShareLinks, 'url' | 'tooLong' | 'withoutNotes'>;

/** `current` makes the link of what the page shows at this moment; `link` may be a moment behind. */
type Props = { link: ShareLink; title: string; current: () => Promise<string | undefined> };

/**
 * The share link in a read-only field, with Copy link beside it; "Email this checklist"; the
 * system share sheet where there is one; and print.
 */
export function ShareActions({ link, title, current }: Props) {
  const [status, setStatus] = useState('');
  // Only once hydrated: the prerendered page cannot know, and drawing the button during
  // hydration where the server did not made React throw the page away and draw it again.
  const canShare = useHydrated() && typeof navigator.share === 'function';
  const { url } = link;
  const mail = url ? checklistMailto(title, url, link.withoutNotes) : undefined;

  async function copy() {
    const url = await current();
    if (!url) return;
    if (await copyText(url)) setStatus('Link copied. Anyone with the link can see this checklist, including its notes.');
    else {
      setStatus('Your browser did not let us copy. Select the link above and copy it yourself.');
      document.getElementById('share-url')?.focus();
    }
  }

  async function share() {
    const url = await current();
    if (!url) return;
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the share sheet; nothing to report.
    }
  }

  return (
    <div className="no-print space-y-2">
      <label htmlFor="share-url" className="block font-semibold">
        Link to this checklist
      </label>
      <p id="share-url-hint" className="text-sm text-zinc-700 dark:text-zinc-300">
        {link.tooLong
          ? 'This checklist is too long to fit in a link. Print it or save it as a PDF instead.'
          : 'Anyone with this link can see the answers, facts and notes. Nothing is sent to us.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id="share-url"
          readOnly
          value={url ?? ''}
          aria-describedby="share-url-hint"
          onFocus={(e) => e.target.select()}
          className="min-w-0 flex-1 basis-56 rounded border border-zinc-500 bg-white p-2 dark:bg-zinc-900"
        />
        <button type="button" onClick={copy} disabled={!url} className="button-primary">
          Copy link
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {mail ? (
          <a href={mail.href} aria-describedby={mail.notesLeftOut ? 'share-mail-hint' : undefined}>
            Email this checklist
          </a>
        ) : null}
        {canShare && url ? (
          <button type="button" onClick={share} className="button-secondary">
            Share…
          </button>
        ) : null}
        <button type="button" onClick={() => window.print()} className="button-secondary">
          Print or save as PDF
        </button>
      </div>
      {mail?.notesLeftOut ? (
        <p id="share-mail-hint" className="text-sm text-zinc-700 dark:text-zinc-300">
          The email leaves out the notes: with them, the link is too long for some email apps. To send the notes, copy the link into your email.
        </p>
      ) : null}
      <p role="status" className="min-h-6 text-sm font-semibold">
        {status}
      </p>
    </div>
  );
}
