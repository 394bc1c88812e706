import { handleFeedback } from '@/lib/feedback/handler';
import { feedbackDeps } from '@/lib/feedback/server';

/**
 * The one dynamic route: every page's feedback form posts here (lib/feedback/handler.ts). Only
 * POST is exported, so Next answers any other method with 405.
 */
export async function POST(request: Request): Promise<Response> {
  // `next start` gives a handler no socket address; it writes it into X-Forwarded-For when the
  // request has none (see docs/feedback.md on running behind a proxy).
  return handleFeedback(request, feedbackDeps(), request.headers.get('x-forwarded-for') ?? undefined);
}
