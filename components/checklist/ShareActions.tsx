'use client';
import { useState } from 'react';
import type { Evaluation } from '@/lib/checklist/evaluation';
import { useHydrated } from '@/components/island/hydration';
import { copyText } from '../share/clipboard';

type Props = { evaluation: Evaluation; itemIds: string[] };

/** Copy link, the system share sheet where there is one, and print. */
export function ShareActions({ evaluation, itemIds }: Props) {
  const [status, setStatus] = useState('');
  const [fallbackUrl, setFallbackUrl] = useState('');
  // Only once hydrated: the prerendered page cannot know, and drawing the button during
  // hydration where the server did not made React throw the page away and draw it again.
  const canShare = useHydrated() && typeof navigator.share === 'function';

  async function link(): Promise<string | undefined> {
    // The codec loads only when a link is first made.
    const { encodeShareFragment } = await import('@/lib/checklist/share-link');
    const result = await encodeShareFragment(evaluation, itemIds);
    if (!result.ok) {
      setStatus('Your notes are too long to fit in a link. Shorten some notes, or print the checklist instead.');
      return undefined;
    }
    return `${window.location.origin}/checklist#${result.fragment}`;
  }

  async function copy() {
    const url = await link();
    if (!url) return;
    if (await copyText(url)) {
      setFallbackUrl('');
      setStatus('Link copied. Anyone with the link can see this checklist, including its notes.');
    } else {
      setFallbackUrl(url);
      setStatus('Your browser did not let us copy. Select the link below and copy it yourself.');
    }
  }

  async function share() {
    const url = await link();
    if (!url) return;
    try {
      await navigator.share({ title: `Checklist: ${evaluation.name || 'a program'}`, url });
    } catch {
      // The reader closed the share sheet; nothing to report.
    }
  }

  return (
    <div className="no-print space-y-2">
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={copy} className="button-primary">
          Copy link
        </button>
        {canShare ? (
          <button type="button" onClick={share} className="button-secondary">
            Share…
          </button>
        ) : null}
        <button type="button" onClick={() => window.print()} className="button-secondary">
          Print or save as PDF
        </button>
      </div>
      <p role="status" className="min-h-6 text-sm font-semibold">
        {status}
      </p>
      {fallbackUrl ? (
        <div>
          <label htmlFor="share-url" className="block text-sm font-semibold">
            Link to this checklist
          </label>
          <input id="share-url" readOnly value={fallbackUrl} onFocus={(e) => e.target.select()} className="mt-1 w-full rounded border border-zinc-500 bg-white p-2 dark:bg-zinc-900" />
        </div>
      ) : null}
    </div>
  );
}
