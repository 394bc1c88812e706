import { ISLAND_ATTRIBUTE } from '@/lib/finish/islands';
import { FEEDBACK_ACTION, FEEDBACK_BLOCK_ID } from '@/lib/feedback/paths';
import { HONEYPOT_FIELD, MAX_TEXT } from '@/lib/feedback/submission';

type Props = {
  /** The site path of the page the block sits on, such as `/guides/red-flags`. */
  path: string;
};

/** Fields every feedback form sends: the page, and the trap that people never see. */
function CommonFields({ path }: Props) {
  return (
    <>
      <input type="hidden" name="page" value={path} />
      {/* Hidden from people and screen readers alike; a robot that fills every field fills this one. */}
      <div className="hidden">
        <label>
          Leave this empty
          <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
    </>
  );
}

const textareaClass = 'mt-1 block w-full rounded border-2 border-zinc-700 bg-white p-2 text-zinc-900 dark:border-zinc-300 dark:bg-zinc-900 dark:text-zinc-100';

/**
 * "Is this page useful?" and "Report a problem with this page", at the end of every content
 * page. Plain forms that post to /feedback (app/feedback/route.ts) and work without JavaScript:
 * the answer is a 303 to the prerendered thank-you page. With JavaScript, ./enhance.ts sends
 * the same forms with fetch and shows the thanks in place (its bundle is the `feedback` island,
 * components/island/entries/feedback.tsx). The block marks itself as that island rather than
 * going through <Island>, which adds a "did not load" warning: this form works either way.
 */
export function FeedbackBlock({ path }: Props) {
  return (
    <section
      id={FEEDBACK_BLOCK_ID}
      aria-label="Feedback about this page"
      className="no-print mx-auto mt-12 max-w-3xl rounded border-2 border-zinc-300 p-4 dark:border-zinc-700"
      {...{ [ISLAND_ATTRIBUTE]: 'feedback' }}
      data-feedback-block=""
    >
      <div data-feedback-forms="">
        <form method="post" action={FEEDBACK_ACTION} className="flex flex-wrap items-center gap-3">
          <CommonFields path={path} />
          <h2 className="text-lg font-bold">Is this page useful?</h2>
          <div className="flex gap-3">
            <button type="submit" name="kind" value="yes" className="button-secondary min-w-16">
              Yes<span className="sr-only"> this page is useful</span>
            </button>
            <button type="submit" name="kind" value="no" className="button-secondary min-w-16">
              No<span className="sr-only"> this page is not useful</span>
            </button>
          </div>
        </form>
        <details className="mt-4">
          <summary className="cursor-pointer text-blue-800 underline underline-offset-2 dark:text-blue-300">Report a problem with this page</summary>
          <form method="post" action={FEEDBACK_ACTION} className="mt-3 space-y-4">
            <CommonFields path={path} />
            <input type="hidden" name="kind" value="problem" />
            <p id="feedback-personal" className="border-l-4 border-amber-600 pl-3 font-semibold">
              Do not include personal details, such as your name, email address or phone number.
            </p>
            <div>
              <label htmlFor="feedback-doing" className="font-semibold">
                What were you trying to do?
              </label>
              <p id="feedback-doing-hint" className="text-sm text-zinc-700 dark:text-zinc-300">
                Optional. Up to {MAX_TEXT.toLocaleString('en-US')} characters.
              </p>
              <textarea id="feedback-doing" name="doing" rows={3} maxLength={MAX_TEXT} aria-describedby="feedback-personal feedback-doing-hint" className={textareaClass} />
            </div>
            <div>
              <label htmlFor="feedback-wrong" className="font-semibold">
                What went wrong?
              </label>
              <p id="feedback-wrong-hint" className="text-sm text-zinc-700 dark:text-zinc-300">
                Up to {MAX_TEXT.toLocaleString('en-US')} characters.
              </p>
              <textarea id="feedback-wrong" name="wrong" rows={4} required maxLength={MAX_TEXT} aria-describedby="feedback-personal feedback-wrong-hint" className={textareaClass} />
            </div>
            <p className="text-sm">
              We remove email addresses, phone numbers and long numbers before we store a report. <a href="/privacy">What we keep and for how long</a>
            </p>
            <button type="submit" className="button-primary">
              Send report
            </button>
          </form>
        </details>
        <p role="alert" data-feedback-error="" className="mt-3 border-l-4 border-red-700 pl-3 text-red-900 empty:hidden dark:border-red-400 dark:text-red-200" />
      </div>
      <div data-feedback-thanks="" tabIndex={-1} hidden>
        <h2 className="text-lg font-bold">Thank you for your feedback</h2>
        <p className="mt-1">Editors read what readers send and use it to fix and improve pages.</p>
      </div>
    </section>
  );
}
