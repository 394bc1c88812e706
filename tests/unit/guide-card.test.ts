import { afterEach, describe, expect, it } from 'vitest';
import { readGuideCard } from '@/lib/content/guides';
import { edit, makeContentDir, removeContentDirs } from './helpers/content-fixture';

afterEach(removeContentDirs);

describe('readGuideCard: an article title and step for a preview drawn on request', () => {
  it('reads the title and step of an article from its frontmatter', () => {
    const dir = makeContentDir({ 'guides/no-step.md': edit('guides/research.md', 'step: 2\n', '').replace('Step 2: Research it', 'Research a program') });
    expect(readGuideCard(dir, 'red-flags')).toEqual({ title: 'Step 3: Red flags', step: 3 });
    expect(readGuideCard(dir, 'no-step')).toEqual({ title: 'Research a program' });
  });

  it('finds nothing for a made-up slug, or one that is not a slug, whatever the files', () => {
    const dir = makeContentDir();
    for (const slug of ['no-such-article', 'RED-FLAGS', '../guides/red-flags', 'red-flags.md', '', '__proto__']) {
      expect(readGuideCard(dir, slug), slug).toBeUndefined();
    }
  });

  it('finds nothing for an article whose title is not valid', () => {
    const dir = makeContentDir({ 'guides/red-flags.md': edit('guides/red-flags.md', 'title: "Step 3: Red flags"', 'title: "Red"') });
    expect(readGuideCard(dir, 'red-flags')).toBeUndefined();
  });
});
