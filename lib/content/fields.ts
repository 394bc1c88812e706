import { z } from 'zod';
import { showValue } from './problems';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A calendar day written `YYYY-MM-DD` (YAML is read with dates kept as text). */
export const isoDate = z.string({ error: (iss) => `expected a date like 2024-03-20, got ${showValue(iss.input)}` })
  .refine(isRealDay, { error: (iss) => `expected a date like 2024-03-20, got ${showValue(iss.input)}` });

/** A year, a month or a day: `2023`, `2023-05` or `2023-05-14`, for sources that give only part of a date. */
export const partialDate = z.union([z.string(), z.number()], {
  error: (iss) => `expected a year like 2023 or a date like 2024-03-20, got ${showValue(iss.input)}`,
})
  .transform((v) => String(v))
  .refine((v) => /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(v) || isRealDay(v), {
    error: (iss) => `expected a year like 2023 or a date like 2024-03-20, got ${showValue(iss.input)}`,
  });

/** Lowercase words joined by hyphens: used for ids, tags and file names. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (iss) => `expected lowercase words joined by hyphens (like "red-flags"), got ${showValue(iss.input)}`,
});

/** Text an editor writes: trimmed, not empty. */
export const text = (min = 1, max = 2000) =>
  z.string().trim().min(min, { error: min === 1 ? 'must not be empty' : `must be at least ${min} characters` })
    .max(max, { error: `must be at most ${max} characters` });

/** A site path, checked against the articles, their headings and the other pages (`checkLink` in links.ts). */
export const sitePath = (example?: string) =>
  z.string().startsWith('/', { error: `expected a site path starting with /${example ? `, like ${example}` : ''}` });

/** A link into the guide: `/guides/<slug>#<heading-id>` or another site path. Checked. */
export const guidePath = sitePath('/guides/red-flags#...');
