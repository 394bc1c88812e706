import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/**
 * The feedback store's settings, all from the environment and all optional:
 *
 * - DATABASE_URL: a PostgreSQL connection string; when set, feedback is stored there.
 * - FEEDBACK_DB: the SQLite file otherwise (default data/feedback.db under the project).
 * - FEEDBACK_SALT: the secret mixed into the hash that identifies a client for the rate limit.
 *   Unset, each server process picks a random one (the hashes live only in memory anyway).
 * - FEEDBACK_TRUST_PROXY: how many proxies in front of the site append to X-Forwarded-For
 *   (usually 1). Unset or 0: the header a client sends is not believed.
 * - FEEDBACK_RATE_LIMIT: posts per client and window, as `count/seconds` (default 10/600).
 * - FEEDBACK_RETENTION_DAYS: how long feedback is kept (default 365): the server deletes older
 *   rows daily, and `npm run feedback:prune` does it on demand.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  FEEDBACK_DB: z.string().trim().min(1).optional(),
  FEEDBACK_SALT: z.string().min(16, 'FEEDBACK_SALT must be at least 16 characters').optional(),
  FEEDBACK_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  FEEDBACK_RATE_LIMIT: z
    .string()
    .regex(/^\d+\/\d+$/, 'FEEDBACK_RATE_LIMIT must look like 10/600 (posts/seconds)')
    .default('10/600')
    .transform((v) => {
      const [count, seconds] = v.split('/').map(Number) as [number, number];
      return { count, windowMs: seconds * 1000 };
    }),
});

export type FeedbackConfig = {
  database: { kind: 'postgres'; url: string } | { kind: 'sqlite'; file: string };
  salt: string;
  trustProxy: number;
  rateLimit: { count: number; windowMs: number };
  retentionDays: number;
};

/** Reads the settings; a malformed one throws with every problem named. */
export function feedbackConfig(env: Record<string, string | undefined> = process.env): FeedbackConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Feedback settings are wrong:\n${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  return {
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: path.resolve(/* turbopackIgnore: true */ process.cwd(), e.FEEDBACK_DB ?? path.join('data', 'feedback.db')) },
    salt: e.FEEDBACK_SALT ?? randomBytes(32).toString('hex'),
    trustProxy: e.FEEDBACK_TRUST_PROXY,
    rateLimit: e.FEEDBACK_RATE_LIMIT,
    retentionDays: e.FEEDBACK_RETENTION_DAYS,
  };
}
