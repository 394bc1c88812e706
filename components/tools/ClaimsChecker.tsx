'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkClaims, compileClaimRules, MAX_AD_LENGTH, type ClaimRules, type ClaimsCheck } from '@/lib/tools/claims';
import type { ToolFormState } from '@/lib/tools/form-state';
import { ClaimsResults } from './ClaimsResults';
import { SubmitButton } from './SubmitButton';
import { useFormSubmit } from './useFormSubmit';

/** 50000 → "50,000", without building an Intl formatter in the browser (README, "Speed"). */
export const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * The program-ad checker: a text box and the result. In the browser it checks as soon as the
 * reader presses the button, and nothing leaves the page. The server renders it too, with the
 * text the no-JavaScript form sent as `initial`, so both give the same result.
 */
export function ClaimsChecker({ rules, initial }: { rules: ClaimRules; initial?: ToolFormState }) {
  const compiled = useMemo(() => compileClaimRules(rules), [rules]);
  const [text, setText] = useState(initial?.texts[0] ?? '');
  const [check, setCheck] = useState<ClaimsCheck | undefined>(() => (initial?.submitted ? checkClaims(initial.texts[0] ?? '', compiled) : undefined));
  const results = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const root = useFormSubmit<HTMLDivElement>(() => {
    const next = checkClaims(text, compiled);
    setCheck(next);
    // After React has drawn it, take the reader to the result, or back to the box to fix it.
    requestAnimationFrame(() => (next.status === 'checked' ? results.current : box.current)?.focus());
  });
  // Text typed or pasted before the island hydrated is in the box but not yet in React's state.
  useEffect(() => {
    const typed = box.current?.value;
    if (typed) setText(typed);
  }, []);
  const problem = check?.status === 'empty' || check?.status === 'too-long';
  return (
    <div ref={root} className="space-y-6">
      <div className="space-y-2 print:hidden">
        <label htmlFor="ad-text" className="block text-lg font-semibold">
          The ad, program page or email
        </label>
        <p id="ad-text-hint">
          Paste up to {formatCount(MAX_AD_LENGTH)} characters. Links and formatting do not matter: only the words are checked.
        </p>
        {problem ? (
          <p id="ad-text-error" className="font-semibold text-red-800 dark:text-red-300">
            {check.status === 'empty'
              ? 'Paste the text of an ad first: the box is empty.'
              : `This text is longer than ${formatCount(MAX_AD_LENGTH)} characters. Paste the part that describes the program, its price and its promises.`}
          </p>
        ) : null}
        <textarea
          id="ad-text"
          ref={box}
          name="text"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={problem ? 'ad-text-hint ad-text-error' : 'ad-text-hint'}
          aria-invalid={problem || undefined}
          className="block w-full rounded border-2 border-zinc-500 bg-white p-2 text-zinc-950 dark:border-zinc-400 dark:bg-zinc-900 dark:text-zinc-50"
        />
        {text.length > MAX_AD_LENGTH ? (
          <p>
            {formatCount(text.length)} characters: {formatCount(text.length - MAX_AD_LENGTH)} over the limit.
          </p>
        ) : null}
      </div>
      <div className="min-h-11 print:hidden">
        <SubmitButton label="Check this ad" />
      </div>
      {check?.status === 'checked' ? (
        <section aria-labelledby="result-heading" className="space-y-4">
          <h2 id="result-heading" ref={results} tabIndex={-1} className="text-2xl font-bold">
            What we found
          </h2>
          <ClaimsResults check={check} />
        </section>
      ) : null}
    </div>
  );
}
