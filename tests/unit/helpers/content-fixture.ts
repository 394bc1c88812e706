import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A small, valid content folder written to a temp dir: four step articles, three sources,
 * and the credentials, research and glossary files. Each test replaces one file (or edits it
 * with `replace`) to break it in one way.
 */

const article = (title: string, order: number, step: number, body: string, sources = '[news-2024]') => `---
title: "${title}"
description: A plain sentence that says what this short test article is about, long enough.
summary:
  - The first key point of this test article.
  - The second key point of this test article.
published: 2024-01-10
updated: 2024-01-10
reviewed: 2024-01-10
order: ${order}
step: ${step}
tags: [testing]
sources: ${sources}
---
${body}
`;

/** A valid claim-rules.yaml citing `source` and linking to `guide` (both must exist). */
export const claimRulesYaml = (source: string, guide: string) => `rules:
  - id: job-guarantee
    label: A guaranteed job
    severity: serious
    patterns:
      - guarantee* ~3 job|jobs
    why: A job promise is a reason to ask for the terms in writing{cite:${source}}.
    ask: What exactly does the guarantee promise, in writing?
    guide: ${guide}
expected:
  - id: total-price
    label: The total price
    patterns:
      - tuition ~3 <money>
    why: You need the full price to compare programs{cite:${source}}.
    ask: What is the total price, with every fee?
    guide: ${guide}
`;

/** A valid credential-names.yaml with 60 made-up certifications, its kind linking to `guide`. */
export const credentialNamesYaml = (guide: string) => `kinds:
  - id: certification
    label: Certification
    guide: ${guide}
    guideText: Where the guide explains it
credentials:
${Array.from({ length: 60 }, (_, i) => `  - id: cert-${i + 1}
    name: Test Certification ${i + 1}
    otherNames: [Test Cert ${i + 1}]
    abbreviations: [TC${i + 1}]
    issuer: A testing body
    kind: certification
    field: it
`).join('')}`;

export const BASE_FILES: Record<string, string> = {
  'sources.yaml': `- id: news-2024
  title: A news story about credentials
  publisher: Daily News
  date: 2024-03-20
  kind: news
  url: https://news.example.com/credentials
- id: employer-survey
  title: A survey of employers
  publisher: Survey Group
  date: "2023"
  kind: survey
  surveyed: About 1,200 hiring managers in 4 countries.
  reportedIn: news-2024
  noUrl: Known only through the news story.
- id: wage-report
  title: A report on wages
  publisher: Wage Institute
  kind: research
  url: https://wages.example.org/report
`,
  'guides/set-a-goal.md': article('Step 1: Set a goal', 1, 1, `Start with the job you want{cite:news-2024}. A boot camp is one option.

## Why a goal matters

Boot camps and a digital badge both help some people. A boot camp is short.
`),
  'guides/research.md': article('Step 2: Research it', 2, 2, `Check who made the program{cite:news-2024}.

## Ask employers

Ask whether employers helped.
`),
  'guides/red-flags.md': article('Step 3: Red flags', 3, 3, `Watch for promises{cite:news-2024}.

## Too good to be true

If it sounds too good to be true, it is.
`),
  'guides/before-you-sign.md': article('Step 4: Before you sign', 4, 4, `Get the price in writing{cite:news-2024}.

## Refunds

Ask what you get back if you leave.
`),
  'credentials.yaml': `- id: boot-camp
  name: Boot camp
  summary: A short, focused training program aimed at job skills, for testing the comparison.
  definition: A short, focused training program aimed at the skills for a job.
  offeredBy: Colleges and others.
  credit:
    answer: sometimes
    note: It depends on the program.
  stacks:
    answer: sometimes
    note: It depends on the program.
  length:
    text: Some take a few months.
    sourceId: news-2024
  checks:
    - text: Check that the length fits the promise.
      guide: /guides/red-flags#too-good-to-be-true
    - text: Ask whether employers helped build it.
  examples:
    - name: A college
      text: Runs a boot camp with an employer.
      sourceId: news-2024
  figures:
    - id: familiar
      why: Employers know these credentials.
  guides:
    - href: /guides/set-a-goal#why-a-goal-matters
      label: Why a goal matters
  sources: [news-2024, employer-survey]
- id: digital-badge
  name: Digital badge
  summary: An online record that you completed a course or learned a skill, for testing.
  definition: An online record that shows you completed a course or learned a skill.
  offeredBy: Not stated by our source.
  credit:
    answer: sometimes
    note: Our source does not say.
  stacks:
    answer: no
    note: Our source does not say, so this is a test value.
  checks:
    - text: Find out who issued it.
    - text: Ask whether anyone outside checks it.
  guides:
    - href: /guides/research
      label: "Step 2: Research it"
  sources: [news-2024]
`,
  'research.yaml': `figures:
  - id: familiar
    value: 69
    label: Familiar with these credentials
    asked: How well they know these credentials.
    who: Hiring managers
    sample: About 1,200 hiring managers
    sourceId: employer-survey
    year: 2023
  - id: helps
    value: 70
    bound: more-than
    label: Agreed these credentials help
    asked: Whether these credentials help their organization.
    who: Hiring managers
    sample: About 1,200 hiring managers
    sourceId: employer-survey
    year: 2023
  - id: unsure
    value: 46
    label: Unsure of the quality
    asked: What they think of one on a resume.
    who: Hiring managers
    sample: About 1,200 hiring managers
    sourceId: employer-survey
    year: 2023
charts:
  - id: views
    title: How employers see these credentials
    figures: [familiar, helps]
    caveat: These are opinions from a survey we know only through a news story.
  - id: doubts
    title: What employers are unsure of
    figures: [unsure]
    caveat: Knowing a kind of credential is not the same as trusting one.
findings:
  - id: wages
    text: The report found that the share of people with a wage premium went down.
    sourceId: wage-report
    guide: /guides/set-a-goal#why-a-goal-matters
`,
  'checklist.yaml': `sections:
  - id: the-program
    title: The program
    intro: Questions to ask about the program itself.
    items:
      - id: goal-set
        question: Can you name the job you want this program to lead to?
        why: A program can only be judged against a goal you can name.
        reassuring: You can name the job and have seen it in listings.
        worrying: You hope the program will tell you what job to aim for.
        worryingAnswer: 'no'
        severity: check
        guide: /guides/set-a-goal#why-a-goal-matters
`,
  'glossary.yaml': `- id: boot-camp
  term: boot camp
  aliases: [bootcamp]
  definition: A short, focused training program aimed at the skills for a job.
  sourceId: news-2024
  related:
    - href: /credentials/boot-camp
      label: Boot camps
    - href: /glossary#digital-badge
      label: digital badge
- id: digital-badge
  term: digital badge
  definition: An online record that shows you completed a course or learned a skill.
  related:
    - href: /guides/set-a-goal#why-a-goal-matters
      label: Why a goal matters
- id: accreditation
  term: accreditation
  definition: A check by an outside body that a school meets set standards.
  related:
    - href: /research#views
      label: The views chart
`,
  'claim-rules.yaml': claimRulesYaml('news-2024', '/guides/red-flags#too-good-to-be-true'),
  'credential-names.yaml': credentialNamesYaml('/credentials/boot-camp'),
};

const made: string[] = [];

/** Writes the base files, with `files` replacing any of them (`null` leaves a file out). */
export function makeContentDir(files: Record<string, string | null> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  made.push(dir);
  for (const [name, text] of Object.entries({ ...BASE_FILES, ...files })) {
    if (text === null) continue;
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A base file with `from` replaced by `to`; fails loudly if `from` is not there, so edits cannot silently miss. */
export function edit(name: string, from: string, to: string): string {
  const base = BASE_FILES[name];
  if (base === undefined || !base.includes(from)) throw new Error(`fixture ${name} has no ${JSON.stringify(from)}`);
  return base.replace(from, to);
}

export function removeContentDirs() {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
