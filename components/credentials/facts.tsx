import type { ReactNode } from 'react';
import type { CredentialKind } from '@/lib/content';
import { sourceAnchor } from '@/lib/markdown/citations';
import { formatPartialDate } from '@/lib/site';
import { answerText, noLengthShort } from './answers';

/** What a cell says when no source we use speaks to the fact for this kind. */
export const noSourceSays = 'No source we use says';

type SourcedFact = { text: string; sourceIds: string[] };

/** One fact compared across the kinds: a row of the table, a line of each card. */
export type FactRow = {
  /** Stable name, used for ids and tests. */
  key: 'offered' | 'credit' | 'stacks' | 'length' | 'quality' | 'aid' | 'price';
  /** The row header: the question the row answers. */
  label: string;
  /** The answer for a kind, short, as on the comparison. */
  short: (k: CredentialKind) => string;
  /** The sourced fact behind it, if the fact is one of the sourced ones. */
  sourced?: (k: CredentialKind) => SourcedFact | undefined;
};

/** The price in words, with the date its data is from, since old prices may have changed. */
export const priceText = (p: NonNullable<CredentialKind['price']>) => `${p.text} Prices as of ${formatPartialDate(p.asOf)}.`;

/** The facts, in the order the comparison shows them. */
export const factRows: FactRow[] = [
  { key: 'offered', label: 'Who offers it', short: (k) => k.offeredBy },
  { key: 'credit', label: 'Can it carry academic credit?', short: (k) => answerText[k.credit.answer] },
  { key: 'stacks', label: 'Can it stack toward more?', short: (k) => answerText[k.stacks.answer] },
  { key: 'length', label: 'How long it takes', short: (k) => k.length?.text ?? noLengthShort },
  { key: 'quality', label: 'Who checks its quality?', short: (k) => k.quality?.text ?? noSourceSays, sourced: (k) => k.quality },
  { key: 'aid', label: 'Can federal aid or others pay?', short: (k) => k.aid?.text ?? noSourceSays, sourced: (k) => k.aid },
  { key: 'price', label: 'Typical price', short: (k) => (k.price ? priceText(k.price) : noSourceSays), sourced: (k) => k.price },
];

/** A publisher's name without its details: "U.S. Department of Education, in the Federal Register" → "U.S. Department of Education". */
const shortPublisher = (publisher: string) => publisher.split(/,| \(/)[0]!.trim();

/**
 * "Sources: A, B", each linked to the source's entry in a list: `base` is '' on the kind's own
 * page (its list is below) or the kind's address from elsewhere.
 */
export function FactSources({ kind, ids, base }: { kind: CredentialKind; ids: string[]; base: string }): ReactNode {
  const sources = ids.map((id) => kind.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const byPublisher = new Map<string, string>();
  for (const s of sources) if (!byPublisher.has(shortPublisher(s.publisher))) byPublisher.set(shortPublisher(s.publisher), s.id);
  const links = [...byPublisher];
  return (
    <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">
      {links.length > 1 ? 'Sources: ' : 'Source: '}
      {links.map(([name, id], i) => (
        <span key={id}>
          {i > 0 ? '; ' : ''}
          <a href={`${base}#${sourceAnchor(id)}`}>{name}</a>
        </span>
      ))}
    </span>
  );
}

/** A fact's answer for a kind, with its sources linked when it has any. */
export function FactValue({ row, kind, base }: { row: FactRow; kind: CredentialKind; base: string }) {
  const fact = row.sourced?.(kind);
  return (
    <>
      {row.short(kind)}
      {fact ? <FactSources kind={kind} ids={fact.sourceIds} base={base} /> : null}
    </>
  );
}
