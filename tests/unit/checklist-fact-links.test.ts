import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FACT_GUIDES, factMeanings } from '@/lib/checklist/facts';
import { loadContent } from '@/lib/content/load';

const content = loadContent(fileURLToPath(new URL('../../content', import.meta.url)));

/** What the summary says a program fact means links to a real section, named by its heading, and cites a real source. */
describe('program facts explained on the summary', () => {
  it.each(Object.entries(FACT_GUIDES))('%s links to a section that exists, named by its heading', (_, guide) => {
    const [pathPart, fragment] = guide.href.split('#');
    const article = content.guides.find((g) => g.href === pathPart);
    expect(article, guide.href).toBeDefined();
    expect(article?.toc.find((t) => t.id === fragment)?.text, guide.href).toBe(guide.text);
  });

  it('cites sources the guide lists', () => {
    const meanings = factMeanings({ hours: 300, weeks: 10, pay: ['isa'] } as Parameters<typeof factMeanings>[0]);
    expect(meanings).toHaveLength(2);
    const ids = new Set(content.sources.map((s) => s.id));
    for (const m of meanings) expect(ids.has(m.sourceId), m.sourceId).toBe(true);
  });
});
