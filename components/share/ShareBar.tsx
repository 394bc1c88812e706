'use client';
import { useEffect, useRef } from 'react';
import { ISLAND_ATTRIBUTE } from '@/lib/finish/islands';
import { startShareBar } from './share-bar';

/** `origin` is the configured public origin; the script swaps in the one the reader is actually on. */
type Props = { title: string; path: string; origin: string };

const toast = 'fixed inset-x-4 bottom-4 z-50 mx-auto max-w-md rounded bg-zinc-900 p-4 font-semibold text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900';

/**
 * Copy link, the system share sheet where there is one, and email. The buttons are made to work
 * by ./share-bar.ts, which the page loads like an island's files (`data-island="share"`, entry
 * components/island/entries/share.ts), after first paint and without React: the production
 * build never hydrates this component. Under `npm run dev`, Next does, and the effect below
 * runs the same code. Copy link stays disabled until that code runs, so an early tap is never
 * silently lost; Share… stays hidden unless the browser has a share sheet.
 */
export function ShareBar({ title, path, origin }: Props) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => (bar.current ? startShareBar(bar.current) : undefined), []);
  const url = `${origin}${path}`;
  return (
    <div ref={bar} className="no-print flex flex-wrap items-center gap-3" {...{ [ISLAND_ATTRIBUTE]: 'share' }} data-title={title} data-path={path}>
      <button type="button" className="button-secondary" data-share-copy="" disabled>
        Copy link
      </button>
      <button type="button" className="button-secondary" data-share-native="" hidden>
        Share…
      </button>
      <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`} data-share-email="">
        Email this article
      </a>
      <noscript>
        <p className="w-full text-sm">Copy link needs JavaScript. To share this page, copy its address from your browser.</p>
      </noscript>
      <p role="status" className="sr-only" data-share-status="" data-shown-class={toast} />
    </div>
  );
}
