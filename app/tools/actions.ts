'use server';
import { z } from 'zod';
import { MAX_AD_LENGTH } from '@/lib/tools/claims';
import type { ToolFormState } from '@/lib/tools/form-state';
import { MAX_ADS, MAX_ADS_LENGTH } from '@/lib/tools/job-ads';

/*
 * The tools' answers when JavaScript is off: the form posts to its own page, and the page is
 * rendered again with what was sent (components/tools/ToolForm.tsx). These only read and check
 * the form; the page does the rest, with the same code as the browser. Nothing is stored or
 * logged. Text over the limit is kept only as far as the page needs to say how long it was.
 */

/** A box's text: longer text is cut to a little over the limit, which is enough to say it is too long. */
const box = (max: number) => z.string().transform((s) => (s.length > max + 1 ? s.slice(0, max + 1) : s));

const claimsForm = z.object({ text: z.array(box(MAX_AD_LENGTH)).max(1) });
const jobAdsForm = z.object({ ad: z.array(box(MAX_ADS_LENGTH)).max(MAX_ADS) });

const strings = (data: FormData, name: string) => data.getAll(name).filter((v): v is string => typeof v === 'string');

export async function checkProgramAdForm(_previous: ToolFormState, data: FormData): Promise<ToolFormState> {
  const parsed = claimsForm.safeParse({ text: strings(data, 'text').slice(0, 1) });
  return { submitted: true, texts: parsed.success ? parsed.data.text : [] };
}

export async function scanJobAdsForm(_previous: ToolFormState, data: FormData): Promise<ToolFormState> {
  const parsed = jobAdsForm.safeParse({ ad: strings(data, 'ad').slice(0, MAX_ADS) });
  return { submitted: true, texts: parsed.success ? parsed.data.ad : [] };
}
