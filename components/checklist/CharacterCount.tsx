/**
 * How much a text box takes (after GOV.UK's character count): the limit at first, then, as the
 * reader nears it, how much is left, so a note cut short by the limit never goes unnoticed.
 * Point the box's `aria-describedby` at `id`. The top margin keeps it clear of the focus ring.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const left = Math.max(0, max - length);
  const near = length >= max * 0.8;
  return (
    <p id={id} aria-live={near ? 'polite' : 'off'} className={`mt-2 text-sm text-zinc-700 dark:text-zinc-300 ${left === 0 ? 'font-semibold' : ''}`}>
      {near ? `You have ${left} character${left === 1 ? '' : 's'} left.` : `Up to ${max} characters.`}
    </p>
  );
}
