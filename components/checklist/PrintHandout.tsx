import { ANSWERS, type Evaluation } from '@/lib/checklist/evaluation';
import { answerLabel, problemLabel, type Summary } from '@/lib/checklist/summary';
import { FactsList } from './FactsList';
import { UserText } from './UserText';
import type { Checklist } from '@/lib/content/checklist';
import { formatDate, site } from '@/lib/site';

/**
 * `checklistUrl` is the checklist's public address, printed so the reader can find it again;
 * `name` is the program's name as the page shows it.
 */
type Props = { checklist: Checklist; evaluation: Evaluation; name: string; summary: Summary; checklistUrl: string; lastChanged?: string };

/** A clean handout for print or PDF: only shown when printing. */
export function PrintHandout({ checklist, evaluation, name, summary, checklistUrl, lastChanged }: Props) {
  return (
    <div className="hidden print:block" data-testid="print-handout">
      {/* An unnamed checklist leaves a line for the name, as a paper form would. */}
      <h2 className="text-2xl font-bold">Pre-enrollment checklist: {evaluation.name.trim() ? <UserText>{name}</UserText> : '____________________'}</h2>
      <p>
        From the {site.name} checklist at {checklistUrl}
      </p>
      <p>
        {lastChanged ? `Last changed ${formatDate(lastChanged.slice(0, 10))}. ` : ''}
        {summary.answered ? `${summary.answered} of ${summary.total} questions answered.` : ''}
      </p>
      {summary.answered ? (
        <p className="mt-2 font-bold">
          {summary.verdict.title}: {summary.verdict.explanation}
        </p>
      ) : (
        <p className="mt-2">Tick one answer for each question, and write down what you found out.</p>
      )}
      <div className="mt-4">
        <FactsList facts={evaluation.facts} />
      </div>
      {summary.warnings.length ? (
        <>
          <h3 className="mt-4 font-bold">Worrying answers</h3>
          <ul className="list-disc pl-5">
            {summary.warnings.map((w) => (
              <li key={w.id}>
                {problemLabel(w)}: {w.question}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {checklist.sections.map((section) => (
        <div key={section.id} className="mt-4 break-inside-avoid-page">
          <h3 className="font-bold">{section.title}</h3>
          <dl>
            {section.items.map((item) => {
              const answer = evaluation.answers[item.id];
              const note = evaluation.notes[item.id];
              return (
                <div key={item.id} className="mt-1 break-inside-avoid">
                  <dt>{item.question}</dt>
                  <dd className="pl-4">
                    {answer ? (
                      <strong>{answerLabel(item, answer)}</strong>
                    ) : (
                      // Unanswered: boxes to tick, for a reader working on paper.
                      ANSWERS.map((value) => (
                        <span key={value} className="mr-6 inline-block">
                          ☐ {answerLabel(item, value)}
                        </span>
                      ))
                    )}
                    {note ? (
                      <>
                        {' — Note: '}
                        <UserText>{note}</UserText>
                      </>
                    ) : null}
                    {/* A line to write on, where there is nothing yet. */}
                    {answer || note ? null : <span className="mt-7 block border-b border-zinc-500" aria-hidden="true" />}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </div>
  );
}
