'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useHydrated } from '@/components/island/hydration';
import type { SourceRef } from '@/lib/tools/claims';
import type { ToolFormState } from '@/lib/tools/form-state';
import { compileCredentialNames, MAX_ADS, MAX_ADS_LENGTH, scanJobAds, type CredentialNames, type JobAdsScan } from '@/lib/tools/job-ads';
import { formatCount } from './ClaimsChecker';
import { JobAdsResults } from './JobAdsResults';
import { SubmitButton, secondaryButtonClass } from './SubmitButton';
import { useFormSubmit } from './useFormSubmit';

const problemText = (scan: JobAdsScan): string | undefined => {
  if (scan.status === 'empty') return 'Paste at least one job ad first: the boxes are empty.';
  if (scan.status === 'too-long') return `Together the ads are longer than ${formatCount(MAX_ADS_LENGTH)} characters. Paste the part of each ad that lists what it asks for.`;
  if (scan.status === 'too-many') return `That is ${scan.count} ads. Paste at most ${MAX_ADS} at a time.`;
  return undefined;
};

/**
 * The job-ads scan: one box per ad ("Add another ad" needs JavaScript; without it, separate ads
 * in one box with a line of three dashes). Like the claims checker, it runs in the browser, and
 * the server renders the same result for the no-JavaScript form.
 */
export function JobAdsScanner({ names, caveatSource, initial }: { names: CredentialNames; caveatSource?: SourceRef; initial?: ToolFormState }) {
  const hydrated = useHydrated();
  const compiled = useMemo(() => compileCredentialNames(names), [names]);
  const [boxes, setBoxes] = useState<string[]>(initial?.texts.length ? initial.texts : ['']);
  const [scan, setScan] = useState<JobAdsScan | undefined>(() => (initial?.submitted ? scanJobAds(initial.texts, compiled) : undefined));
  const results = useRef<HTMLHeadingElement>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  const added = useRef<number | undefined>(undefined);
  const root = useFormSubmit<HTMLDivElement>(() => {
    const next = scanJobAds(boxes, compiled);
    setScan(next);
    requestAnimationFrame(() => (next.status === 'scanned' ? results.current : first.current)?.focus());
  });
  // Text typed or pasted before the island hydrated is in the boxes but not yet in React's state.
  useEffect(() => {
    const root = document.getElementById('job-ad-1')?.closest('form');
    const typed = [...(root?.querySelectorAll<HTMLTextAreaElement>('textarea[name="ad"]') ?? [])].map((t) => t.value);
    if (typed.some((t) => t !== '')) setBoxes(typed);
  }, []);
  const problem = scan ? problemText(scan) : undefined;
  return (
    <div ref={root} className="space-y-6">
      <div className="space-y-4 print:hidden">
        <p id="ads-hint">
          Paste each ad into its own box, or several into one box with a line of three dashes (---) between them. Up to{' '}
          {MAX_ADS} ads and {formatCount(MAX_ADS_LENGTH)} characters in all.
        </p>
        {problem ? (
          <p id="ads-error" className="font-semibold text-red-800 dark:text-red-300">
            {problem}
          </p>
        ) : null}
        {boxes.map((value, i) => (
          <div key={i} className="space-y-1">
            <label htmlFor={`job-ad-${i + 1}`} className="block text-lg font-semibold">
              Job ad {i + 1}
            </label>
            <textarea
              id={`job-ad-${i + 1}`}
              ref={(el) => {
                if (i === 0) first.current = el;
                if (el && added.current === i) {
                  added.current = undefined;
                  el.focus();
                }
              }}
              name="ad"
              rows={i === 0 ? 10 : 6}
              value={value}
              onChange={(e) => setBoxes((b) => b.map((old, j) => (j === i ? e.target.value : old)))}
              aria-describedby={problem ? 'ads-hint ads-error' : 'ads-hint'}
              aria-invalid={(problem && i === 0) || undefined}
              className="block w-full rounded border-2 border-zinc-500 bg-white p-2 text-zinc-950 dark:border-zinc-400 dark:bg-zinc-900 dark:text-zinc-50"
            />
            {hydrated && i > 0 ? (
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => {
                  setBoxes((b) => b.filter((_, j) => j !== i));
                  requestAnimationFrame(() => first.current?.focus());
                }}
              >
                Remove job ad {i + 1}
              </button>
            ) : null}
          </div>
        ))}
      </div>
      <div className="flex min-h-11 flex-wrap gap-3 print:hidden">
        {hydrated && boxes.length < MAX_ADS ? (
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => {
              added.current = boxes.length;
              setBoxes((b) => [...b, '']);
            }}
          >
            Add another ad
          </button>
        ) : null}
        <SubmitButton label="Count what the ads ask for" />
      </div>
      {scan?.status === 'scanned' ? (
        <section aria-labelledby="result-heading" className="space-y-4">
          <h2 id="result-heading" ref={results} tabIndex={-1} className="text-2xl font-bold">
            What we found
          </h2>
          <JobAdsResults scan={scan} {...(caveatSource ? { caveatSource } : {})} />
        </section>
      ) : null}
    </div>
  );
}
