import { factMeanings, factRows, type Facts } from '@/lib/checklist/facts';
import { UserText } from './UserText';

/**
 * The program's facts as a list, and, where a source backs it, what they mean, with a link to
 * the guide section that explains it. Nothing at all when the reader gave no facts.
 */
export function FactsList({ facts, headingLevel = 3 }: { facts: Facts | undefined; headingLevel?: 3 | 4 }) {
  const rows = factRows(facts);
  if (!rows.length) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const meanings = factMeanings(facts);
  return (
    <div>
      <Heading className="text-lg font-bold">Program facts</Heading>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map((r) => (
          <div key={r.label} className="contents">
            <dt className="font-semibold">{r.label}</dt>
            <dd className="min-w-0">{r.label === 'Price' && facts?.includes ? <UserText>{r.value}</UserText> : r.value}</dd>
          </div>
        ))}
      </dl>
      {meanings.length ? (
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {meanings.map((m) => (
            <li key={m.sourceId}>
              {m.text} <a href={m.guide.href}>Read more: {m.guide.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
