import { handleFeedback } from '@/lib/feedback/handler';
import { feedbackDeps } from '@/lib/feedback/server';
import { PEER_ADDRESS_HEADER } from '@/lib/security/request-gate';

/**
 * The one dynamic route: every page's feedback form posts here (lib/feedback/handler.ts). Only
 * POST is exported, so Next answers any other method with 405.
 */
export async function POST(request: Request): Promise<Response> {
  // `next start` gives a handler no socket address: the server's request hook writes it into a
  // header of its own (instrumentation.ts), which no client can set.
  return handleFeedback(request, feedbackDeps(), request.headers.get(PEER_ADDRESS_HEADER) ?? undefined);
}
