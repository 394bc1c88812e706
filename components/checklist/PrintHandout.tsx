import { ANSWERS, type Evaluation } from '@/lib/checklist/evaluation';
import { answerLabel, problemLabel, type Summary } from '@/lib/checklist/summary';
import { FactsList } from './FactsList';
import type { ShareLinkState } from './share-link-state';
import { UserText } from './UserText';
import type { Checklist } from '@/lib/content/checklist';
import { formatDate, site } from '@/lib/site';

/**
 * `checklistUrl` is the checklist's public address, printed so the reader can find it again;
 * `name` is the program's name as the page shows it.
 */
type Props = { checklist: Checklist; evaluation: Evaluation; name: string; summary: Summary; checklistUrl: string; lastChanged?: string; link?: ShareLinkState };

/** Lines to write the provider's answer on. */
const WriteHere = ({ lines = 2 }: { lines?: number }) => (
  <>
    {Array.from({ length: lines }, (_, i) => (
      <span key={i} className="mt-7 block border-b border-zinc-500" aria-hidden="true" />
    ))}
  </>
);

/** A clean handout for print or PDF: only shown when printing. */
export function PrintHandout({ checklist, evaluation, name, summary, checklistUrl, lastChanged, link }: Props) {
  // Worrying answers first, then those answered "Not sure". Unanswered questions have their own
  // tick boxes and a line below, so they are not listed twice.
  const toAsk = [...summary.warnings, ...summary.open.filter((o) => o.answer === 'unsure').map((o) => o.item)];
  const printed = link?.printed;
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
        <p className="mt-2">
          Tick one answer for each question, and write down what you found out. An answer marked “worrying” is a warning
          sign. On a red-flag question, it is a red flag: one is enough to stop and look hard before you pay.
        </p>
      )}
      {printed ? (
        <div className="mt-4 flex items-start gap-4 break-inside-avoid">
          {printed.qr ? (
            <svg
              role="img"
              aria-label="QR code of the link to this checklist"
              viewBox={`0 0 ${printed.qr.size} ${printed.qr.size}`}
              className="size-44 shrink-0"
              data-testid="handout-qr"
            >
              <rect width={printed.qr.size} height={printed.qr.size} fill="#fff" />
              <path d={printed.qr.path} fill="#000" />
            </svg>
          ) : null}
          <div className="min-w-0 space-y-1">
            <h3 className="font-bold">Open this checklist again</h3>
            {printed.qr ? <p>Scan the code with a phone camera to open this checklist.</p> : null}
            {printed.withoutNotes ? (
              <p data-testid="handout-link-note">
                {printed.qr ? 'The code and this link hold' : 'This link holds'} the answers and facts, but not the notes: with the notes,
                the link is too long to scan or type. The notes are printed on this page.
              </p>
            ) : null}
            <p className="break-all text-sm" data-testid="handout-link">
              {printed.url}
            </p>
          </div>
        </div>
      ) : null}
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
      {toAsk.length ? (
        <>
          <h3 className="mt-4 font-bold">Questions to ask the provider</h3>
          <p>Write down what the provider tells you.</p>
          <ol className="list-decimal pl-5">
            {toAsk.map((item) => (
              <li key={item.id} className="mt-2 break-inside-avoid">
                {item.question}
                <WriteHere />
              </li>
            ))}
          </ol>
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
                  <dt>
                    {item.question}
                    {item.severity === 'red-flag' ? ' (red-flag question)' : ''}
                  </dt>
                  <dd className="pl-4">
                    {answer ? (
                      <strong>{answerLabel(item, answer)}</strong>
                    ) : (
                      // Unanswered: boxes to tick, for a reader working on paper.
                      ANSWERS.map((value) => (
                        <span key={value} className="mr-6 inline-block">
                          ☐ {answerLabel(item, value)}
                          {/* So a reader on paper can score it: which answer is the warning sign. */}
                          {value === item.worryingAnswer ? <strong> (worrying)</strong> : null}
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
