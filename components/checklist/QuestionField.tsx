import { ANSWERS, NOTE_MAX, type Answer } from '@/lib/checklist/evaluation';
import { answerField, noteField } from '@/lib/checklist/form-fields';
import { answerLabel, isWorrying, problemLabel, questionKind } from '@/lib/checklist/summary';
import type { ChecklistItem } from '@/lib/content/checklist';
import { toolLinkText } from '@/lib/site';
import { CharacterCount } from './CharacterCount';
import { UserText } from './UserText';

type Props = {
  item: ChecklistItem;
  number: number;
  answer?: Answer;
  note: string;
  readOnly: boolean;
  onAnswer: (answer: Answer) => void;
  onNote: (note: string) => void;
};

/** One question: a fieldset of native radios, why it matters, what answers mean, a note. */
export function QuestionField({ item, number, answer, note, readOnly, onAnswer, onNote }: Props) {
  const worrying = isWorrying(item, answer);
  return (
    <div id={`item-${item.id}`} className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
      <fieldset aria-describedby={`why-${item.id}`} className="min-w-0 space-y-3">
        <legend className="mb-3 text-lg font-semibold leading-snug">
          {number}. {item.question}
        </legend>
        <p className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
          {questionKind(item)}
        </p>
        <p id={`why-${item.id}`}>{item.why}</p>
        <details className="text-sm">
          <summary className="cursor-pointer text-blue-800 underline dark:text-blue-300">What good and worrying answers look like</summary>
          <dl className="mt-2 space-y-1">
            <dt className="font-semibold">Reassuring</dt>
            <dd>{item.reassuring}</dd>
            <dt className="font-semibold">Worrying{item.severity === 'red-flag' ? ' (a red flag)' : ''}</dt>
            <dd>{item.worrying}</dd>
          </dl>
        </details>
        {readOnly ? (
          // A disabled radio's dot is faint: a shared checklist also says its answer in words.
          <p className="font-semibold">Answer: {answer ? answerLabel(item, answer) : 'Not answered'}</p>
        ) : null}
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {ANSWERS.map((value) => (
            <div key={value} className="flex items-center gap-2">
              <input
                type="radio"
                id={`${item.id}-${value}`}
                name={answerField(item.id)}
                value={value}
                checked={answer === value}
                disabled={readOnly}
                onChange={() => onAnswer(value)}
                className="size-6 accent-blue-700"
              />
              <label htmlFor={`${item.id}-${value}`}>{answerLabel(item, value)}</label>
            </div>
          ))}
        </div>
        {worrying ? (
          <p className="border-l-4 border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-zinc-900 dark:text-red-200">
            {problemLabel(item)}: {item.worrying}
          </p>
        ) : null}
        {readOnly ? (
          // A shared checklist shows its notes as text, whole, and nothing where there is none.
          note ? (
            <p>
              <span className="font-semibold">Note:</span> <UserText>{note}</UserText>
            </p>
          ) : null
        ) : (
          <div>
            <label htmlFor={`note-${item.id}`} className="block text-sm font-semibold">
              Your notes (optional)
            </label>
            <textarea
              id={`note-${item.id}`}
              name={noteField(item.id)}
              rows={2}
              dir="auto"
              maxLength={NOTE_MAX}
              value={note}
              aria-describedby={`note-count-${item.id}`}
              onChange={(e) => onNote(e.target.value)}
              className="mt-1 block w-full rounded border border-zinc-500 bg-white p-2 dark:bg-zinc-900"
            />
            <CharacterCount id={`note-count-${item.id}`} length={note.length} max={NOTE_MAX} />
          </div>
        )}
        <p className="text-sm">
          Read more: <a href={item.guide}>{item.guideSection}</a> <span className="text-zinc-700 dark:text-zinc-300">({item.guideTitle})</span>
        </p>
        {item.tool ? (
          // Screen only: a tool needs the site, and the printed handout has no links to follow.
          <p className="no-print text-sm">
            <a href={item.tool}>{toolLinkText[item.tool]}</a>
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
