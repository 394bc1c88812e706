import type { Guide } from '@/lib/content';
import { WHAT_CHANGED_ID } from '@/lib/content/guides';
import { DateText } from './DateText';

/** An article's dated changes, newest first: how a reader sees that the advice moved, and when. */
export function WhatChanged({ changes }: { changes: Guide['changes'] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby={WHAT_CHANGED_ID} className="mt-12 border-t border-zinc-300 pt-6 dark:border-zinc-700">
      <h2 id={WHAT_CHANGED_ID} className="mb-4 text-2xl font-bold">What changed</h2>
      <ul className="space-y-2">
        {changes.map((c) => (
          <li key={`${c.date}-${c.text}`}>
            <span className="font-semibold"><DateText iso={c.date} />:</span> {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
