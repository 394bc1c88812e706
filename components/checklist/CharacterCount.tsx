import { useEffect, useState } from 'react';

/** How long the reader must pause typing before a screen reader hears how much is left. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * How much a text box takes (after GOV.UK's character count): the limit at first, then, as the
 * reader nears it, how much is left, so a note cut short by the limit never goes unnoticed.
 * Point the box's `aria-describedby` at `id`. The visible line is only a description; a separate
 * hidden live region says the same once typing pauses, so it does not talk over every keystroke.
 * The top margin keeps the line clear of the box's focus ring.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const left = Math.max(0, max - length);
  const near = length >= max * 0.8;
  const text = near ? `You have ${left} character${left === 1 ? '' : 's'} left.` : `Up to ${max} characters.`;
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(near ? text : ''), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [near, text]);
  return (
    <>
      <p id={id} className={`mt-2 text-sm text-zinc-700 dark:text-zinc-300 ${left === 0 ? 'font-semibold' : ''}`}>
        {text}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
