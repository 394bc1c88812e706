import { z } from 'zod';

/** What a reader can send: an answer to "Is this page useful?", or a problem report. */
export const FEEDBACK_KINDS = ['yes', 'no', 'problem'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** The longest answer to each of the report's two questions. */
export const MAX_TEXT = 1000;
/** The largest request body the handler reads, in bytes. */
export const MAX_BODY_BYTES = 8 * 1024;
/** The form's trap for robots: a field people never see and so leave empty. */
export const HONEYPOT_FIELD = 'website';

/**
 * A textarea sends each line break as CR LF, but counts it as one character against its
 * `maxlength`: normalised first, so a full box is never refused for being too long.
 */
const answerText = z
  .string({ error: 'Each answer must be text.' })
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().max(MAX_TEXT, `Each answer can be at most ${MAX_TEXT.toLocaleString('en-US')} characters.`));

/**
 * The feedback a reader sent, checked against the site's own pages. Unknown fields are refused
 * (a form of ours never sends them), as are texts on a yes or no answer.
 */
export function submissionSchema(pages: ReadonlySet<string>) {
  return z
    .strictObject({
      /** The site path the feedback is about, such as `/guides/red-flags`. */
      page: z.string({ error: 'The page is missing.' }).refine((p) => pages.has(p), 'That is not a page of this site.'),
      /** `yes` or `no` to "Is this page useful?", or `problem` for a report. */
      kind: z.enum(FEEDBACK_KINDS, { error: 'Choose yes, no, or report a problem.' }),
      /** "What were you trying to do?" */
      doing: answerText.optional(),
      /** "What went wrong?": required on a problem report. */
      wrong: answerText.optional(),
      /** The honeypot; checked before this schema, allowed here only when empty. */
      [HONEYPOT_FIELD]: z.literal('').optional(),
    })
    .superRefine((v, ctx) => {
      const hasText = Boolean(v.doing || v.wrong);
      if (v.kind === 'problem' && !v.wrong) ctx.addIssue({ code: 'custom', path: ['wrong'], message: 'Tell us what went wrong before you send the report.' });
      if (v.kind !== 'problem' && hasText) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Only a problem report carries text.' });
    })
    .transform(({ page, kind, doing, wrong }) => ({ page, kind, doing: doing || null, wrong: wrong || null }));
}

export type Submission = z.output<ReturnType<typeof submissionSchema>>;
