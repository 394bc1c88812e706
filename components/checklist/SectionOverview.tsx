import type { Answer } from '@/lib/checklist/evaluation';
import type { Summary } from '@/lib/checklist/summary';
import type { Checklist } from '@/lib/content/checklist';

const statusOf = (answered: number, total: number) => (answered === 0 ? 'Not started' : answered < total ? 'In progress' : 'Done');

/**
 * The sections with their status, after GOV.UK's task list, and a link to the next question
 * nobody has answered yet: on a phone the checklist is many screens long.
 */
export function SectionOverview({ checklist, summary, answers }: { checklist: Checklist; summary: Summary; answers: Record<string, Answer> }) {
  const next = checklist.sections.flatMap((s) => s.items).find((i) => !answers[i.id]);
  return (
    <nav aria-labelledby="overview-heading" className="space-y-2">
      <h3 id="overview-heading" className="text-lg font-bold">
        Sections
      </h3>
      <ul className="divide-y divide-zinc-300 border-y border-zinc-300 dark:divide-zinc-700 dark:border-zinc-700">
        {summary.sections.map((s) => {
          const status = statusOf(s.answered, s.total);
          return (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <a href={`#${s.id}`} aria-describedby={`${s.id}-status`}>
                {s.title}
              </a>
              <strong id={`${s.id}-status`} className={`rounded px-2 text-sm ${status === 'Done' ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900' : 'border border-zinc-700 dark:border-zinc-300'}`}>
                {status}
              </strong>
            </li>
          );
        })}
      </ul>
      {next ? (
        <p>
          <a href={`#item-${next.id}`}>Go to the next unanswered question</a>
        </p>
      ) : (
        <p>Every question is answered.</p>
      )}
    </nav>
  );
}
