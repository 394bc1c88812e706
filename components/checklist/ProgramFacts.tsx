'use client';
import { useState } from 'react';
import {
  FORMATS,
  formatLabels,
  INCLUDES_MAX,
  NUMBER_FACTS,
  parseNumberFact,
  PAYMENTS,
  paymentLabels,
  withFact,
  type Facts,
  type NumberFact,
} from '@/lib/checklist/facts';
import type { ChecklistFormState } from '@/lib/checklist/form';
import { factField } from '@/lib/checklist/form-fields';
import { CharacterCount } from './CharacterCount';

type Props = {
  facts: Facts | undefined;
  /** Number boxes a form sent without JavaScript held text that is not a number in range (lib/checklist/form.ts). */
  sent?: ChecklistFormState['factErrors'];
  onChange: (facts: Facts | undefined) => void;
};

const box = 'mt-1 block w-full rounded border border-zinc-500 bg-white p-2 dark:bg-zinc-950';

/**
 * The facts a shopper compares, all optional. A number box keeps what the reader typed while it
 * is not a valid number, says what to enter (GOV.UK's error message pattern), and saves only
 * valid values. Give it `key` of the evaluation's id, so another checklist starts clean.
 */
export function ProgramFacts({ facts, sent, onChange }: Props) {
  const from = (pick: (e: { text: string; message: string }) => string) => {
    const out: Partial<Record<NumberFact, string>> = {};
    for (const fact of Object.keys(NUMBER_FACTS) as NumberFact[]) {
      const e = sent?.[fact];
      if (e) out[fact] = pick(e);
    }
    return out;
  };
  const [typed, setTyped] = useState(() => from((e) => e.text));
  const [errors, setErrors] = useState(() => from((e) => e.message));

  function number(fact: NumberFact) {
    const id = factField(fact);
    const error = errors[fact];
    const saved = facts?.[fact];
    return (
      <div key={fact}>
        <label htmlFor={id} className="block font-semibold">
          {NUMBER_FACTS[fact].label}
        </label>
        {error ? (
          <p id={`${id}-error`} className="mt-1 font-semibold text-red-800 dark:text-red-300">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
        <input
          id={id}
          name={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={typed[fact] ?? (saved === undefined ? '' : String(saved))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            const text = e.target.value;
            setTyped((t) => ({ ...t, [fact]: text }));
            const parsed = parseNumberFact(fact, text);
            setErrors((x) => ({ ...x, [fact]: parsed.ok ? undefined : parsed.message }));
            if (parsed.ok && parsed.value !== saved) onChange(withFact(facts, fact, parsed.value));
          }}
          className={`${box} max-w-40 ${error ? 'border-2 border-red-800 dark:border-red-300' : ''}`}
        />
      </div>
    );
  }

  const includes = facts?.includes ?? '';
  return (
    <fieldset id="program-facts" className="min-w-0 space-y-4 rounded border border-zinc-300 p-4 dark:border-zinc-700">
      <legend className="px-1 text-lg font-semibold">Program facts (optional)</legend>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">What the provider told you, so you can compare programs.</p>
      <div className="grid gap-4 sm:grid-cols-3">{(['price', 'hours', 'weeks'] as const).map(number)}</div>
      <div>
        <label htmlFor="fact-includes" className="block font-semibold">
          What the price includes
        </label>
        <p id="fact-includes-hint" className="text-sm text-zinc-700 dark:text-zinc-300">
          For example, books, exam fees or equipment.
        </p>
        <input
          id="fact-includes"
          name={factField('includes')}
          type="text"
          dir="auto"
          autoComplete="off"
          maxLength={INCLUDES_MAX}
          value={includes}
          aria-describedby="fact-includes-hint fact-includes-count"
          onChange={(e) => onChange(withFact(facts, 'includes', e.target.value.slice(0, INCLUDES_MAX)))}
          className={box}
        />
        <CharacterCount id="fact-includes-count" length={includes.length} max={INCLUDES_MAX} />
      </div>
      <fieldset>
        <legend className="font-semibold">Format</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          {FORMATS.map((f) => (
            <div key={f} className="flex items-center gap-2">
              <input
                type="radio"
                id={`fact-format-${f}`}
                name={factField('format')}
                value={f}
                checked={facts?.format === f}
                onChange={() => onChange(withFact(facts, 'format', f))}
                className="size-6 accent-blue-700"
              />
              <label htmlFor={`fact-format-${f}`}>{formatLabels[f]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-semibold">How you would pay</legend>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Choose all that apply.</p>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          {PAYMENTS.map((p) => {
            const on = facts?.pay?.includes(p) ?? false;
            return (
              <div key={p} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  id={`fact-pay-${p}`}
                  name={factField('pay')}
                  value={p}
                  checked={on}
                  onChange={(e) => onChange(withFact(facts, 'pay', e.target.checked ? [...(facts?.pay ?? []), p] : (facts?.pay ?? []).filter((x) => x !== p)))}
                  className="size-6 accent-blue-700"
                />
                <label htmlFor={`fact-pay-${p}`}>{paymentLabels[p]}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </fieldset>
  );
}
