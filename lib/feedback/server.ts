import 'server-only';
import { getPublicRoutes } from '../routes';
import { site } from '../site';
import { feedbackConfig, type FeedbackConfig } from './config';
import type { FeedbackDeps } from './handler';
import { RateLimiter } from './rate-limit';
import { FeedbackStore } from './store';

type Shared = { config: FeedbackConfig; limiter: RateLimiter; pages?: ReadonlySet<string>; store?: Promise<FeedbackStore> };
const KEY = Symbol.for('microcredential-guide.feedback');
const shared = globalThis as typeof globalThis & { [KEY]?: Shared };

function state(): Shared {
  if (!shared[KEY]) {
    const config = feedbackConfig();
    shared[KEY] = { config, limiter: new RateLimiter(config.rateLimit, config.salt) };
  }
  return shared[KEY];
}

/**
 * The store for this process, opened on the first post. A failed open is not kept: the next
 * post tries again, so a database that comes back is used without a restart.
 */
function openStore(): Promise<FeedbackStore> {
  const s = state();
  if (!s.store) {
    s.store = FeedbackStore.open(s.config.database);
    s.store.then((store) => pruneDaily(store, s.config.retentionDays), () => undefined);
    s.store.catch(() => {
      s.store = undefined;
    });
  }
  return s.store;
}

/**
 * Deletes what is older than the retention period when the store opens and once a day after,
 * so the site keeps its promise (docs/feedback.md) even where nobody schedules
 * `npm run feedback:prune`.
 */
function pruneDaily(store: FeedbackStore, days: number): void {
  const prune = () =>
    store.prune(new Date(Date.now() - days * 86_400_000)).catch((error: unknown) => console.error(`feedback: could not prune: ${error instanceof Error ? error.message : String(error)}`));
  void prune();
  setInterval(prune, 86_400_000).unref();
}

/** What the route handler needs, built once per server process from the environment. */
export function feedbackDeps(): FeedbackDeps {
  const s = state();
  s.pages ??= new Set(getPublicRoutes().map((r) => r.path));
  return { pages: s.pages, store: openStore, limiter: s.limiter, trustProxy: s.config.trustProxy, origin: site.origin };
}
