import { site } from '../site';
import { escapeHtml } from './html';
import { clientAddress, type RateLimiter } from './rate-limit';
import { redact } from './redact';
import { bodyType, checkSameOrigin, parseBody, readBody, Refusal } from './request';
import type { FeedbackStore } from './store';
import { HONEYPOT_FIELD, submissionSchema } from './submission';
import { FEEDBACK_BLOCK_ID, thanksPath } from './paths';

export type FeedbackDeps = {
  /** The site's own pages: feedback about any other path is refused. */
  pages: ReadonlySet<string>;
  /** The store, opened on first use; a rejection means the database cannot be used. */
  store: () => Promise<FeedbackStore>;
  limiter: RateLimiter;
  /** How many proxies append to X-Forwarded-For (0: the header is not read). */
  trustProxy: number;
  /** The public origin (SITE_URL): posts from it are this site's own, as are posts from the address the request came to. */
  origin: string;
  log?: (message: string) => void;
};

export const NOT_SAVED = 'We could not save this. Please try again later.';

/**
 * POST /feedback: one answer or problem report from a page of this site. A browser without
 * JavaScript sends the form and gets a 303 to the prerendered thank-you page; the page's
 * script sends the same form with `Accept: application/json` and gets JSON. Refusals come
 * as a short page (or JSON) with the status and what to do. Nothing is stored unless every
 * check passes, and success is only sent once the row is committed.
 */
export async function handleFeedback(request: Request, deps: FeedbackDeps, remoteAddress?: string): Promise<Response> {
  const wantsJson = /\bapplication\/json\b/i.test(request.headers.get('accept') ?? '');
  let page: string | undefined;
  try {
    if (request.method !== 'POST') throw new Refusal(405, 'Feedback is sent with the form on each page.', { Allow: 'POST' });
    checkSameOrigin(request.headers, [new URL(request.url).origin, new URL(deps.origin).origin]);
    const type = bodyType(request.headers.get('content-type'));
    const fields = parseBody(await readBody(request), type);
    if (typeof fields.page === 'string' && deps.pages.has(fields.page)) page = fields.page;
    const trap = fields[HONEYPOT_FIELD];
    if (trap !== undefined && trap !== '') throw new Refusal(400, 'The form had a hidden field filled in, so it looked automated. If you are a person, send it again from the page.');
    const parsed = submissionSchema(deps.pages).safeParse(fields);
    if (!parsed.success) throw new Refusal(400, [...new Set(parsed.error.issues.map((i) => i.message))].join(' '));
    const retryAfter = deps.limiter.take(clientAddress(request.headers, deps.trustProxy, remoteAddress));
    if (retryAfter) throw new Refusal(429, `You have sent a lot of feedback in a short time. Please wait ${minutes(retryAfter)} and try again.`, { 'Retry-After': String(retryAfter) });
    const submission = { ...parsed.data, doing: parsed.data.doing && redact(parsed.data.doing), wrong: parsed.data.wrong && redact(parsed.data.wrong) };
    try {
      const store = await deps.store();
      await store.add(submission);
    } catch (error) {
      (deps.log ?? console.error)(`feedback: could not store a post about ${submission.page}: ${error instanceof Error ? error.message : String(error)}`);
      throw new Refusal(503, NOT_SAVED, { 'Retry-After': '60' });
    }
    if (wantsJson) return json(201, { ok: true });
    return new Response(null, { status: 303, headers: { Location: thanksPath(submission.page), 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (!(error instanceof Refusal)) {
      (deps.log ?? console.error)(`feedback: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      error = new Refusal(500, 'Something went wrong on our side. Please try again later.');
    }
    const refusal = error as Refusal;
    if (wantsJson) return json(refusal.status, { ok: false, error: refusal.message }, refusal.headers);
    return new Response(refusalPage(refusal, page), { status: refusal.status, headers: { ...refusal.headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
}

const minutes = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

function json(status: number, body: object, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } });
}

const TITLES: Record<number, string> = {
  400: 'Your feedback was not sent',
  403: 'Your feedback was not sent',
  405: 'This address takes feedback from the form',
  413: 'Your feedback was too long',
  415: 'Your feedback was not sent',
  429: 'Please wait before you send more',
  500: 'Your feedback was not sent',
  503: 'We could not save your feedback',
};

/**
 * The page a reader without JavaScript sees when the form is refused. It is served by the
 * handler, not prerendered, so it carries no stylesheet: plain HTML in the browser's own
 * colours (light: its default link blue fails contrast on its dark background), with no script
 * and no inline style (the site's policy holds).
 */
export function refusalPage(refusal: Refusal, page: string | undefined): string {
  const back = page ? `${page === '/' ? '/' : page}#${FEEDBACK_BLOCK_ID}` : '/';
  const title = TITLES[refusal.status] ?? 'Your feedback was not sent';
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} | ${escapeHtml(site.name)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(refusal.message)}</p>
<p><a href="${escapeHtml(back)}">${page ? 'Go back to the page' : 'Go to the home page'}</a></p>
</main>
</body>
</html>
`;
}
