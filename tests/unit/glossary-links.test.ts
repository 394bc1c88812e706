import { describe, expect, it } from 'vitest';
import { termPattern } from '@/lib/markdown/glossary';
import { renderMarkdown } from '@/lib/markdown/render';

const terms = [
  { id: 'certificate', words: ['certificate'] },
  { id: 'college-certificate', words: ['college certificate'] },
  { id: 'boot-camp', words: ['boot camp', 'bootcamp'] },
  { id: 'for-credit', words: ['for-credit'] },
  { id: 'c-plus', words: ['C++'] },
];

const render = (md: string) => renderMarkdown(md, { glossaryTerms: terms });
const link = (id: string, text: string) => `<a href="/glossary#${id}" class="glossary-link">${text}</a>`;

describe('glossary links in the Markdown pipeline', () => {
  it('links the first use of each term only, keeping the words as written', () => {
    const out = render('Boot camps vary. A boot camp is short. So is a bootcamp.');
    expect(out.html).toBe(`<p>${link('boot-camp', 'Boot camps')} vary. A boot camp is short. So is a bootcamp.</p>`);
    expect(out.glossaryLinks).toEqual(['boot-camp']);
  });

  it('prefers the longest term, so "college certificate" is not linked as "certificate"', () => {
    const out = render('A college certificate differs from a certificate.');
    expect(out.html).toBe(`<p>A ${link('college-certificate', 'college certificate')} differs from a ${link('certificate', 'certificate')}.</p>`);
  });

  it('matches whole words only, hyphens included', () => {
    expect(render('Certificated people and a non-for-credit course.').glossaryLinks).toEqual([]);
    expect(render('A for-credit course.').html).toContain(link('for-credit', 'for-credit'));
  });

  it('skips headings, links, code and citation marks, and links the next plain use', () => {
    const md = [
      '## What a boot camp is',
      '',
      'Read [boot camp stories](/guides/x) or `boot camp` docs{cite:some-source}.',
      '',
      '```',
      'boot camp',
      '```',
      '',
      'Then a boot camp, at last.',
    ].join('\n');
    const out = render(md);
    expect(out.html.match(/glossary#boot-camp/g)).toHaveLength(1);
    expect(out.html).toContain(`Then a ${link('boot-camp', 'boot camp')}, at last.`);
    expect(out.html).toContain('<h2 id="what-a-boot-camp-is">What a boot camp is');
    // Citations still work in a paragraph that the glossary pass split.
    expect(out.citationOrder).toEqual(['some-source']);
  });

  it('escapes terms that contain pattern characters', () => {
    expect(termPattern(terms)?.test('I know C++ well')).toBe(true);
    expect(termPattern([])).toBeUndefined();
  });

  it('links nothing without terms, and does not change the word count', () => {
    const plain = renderMarkdown('A boot camp is short.');
    expect(plain.html).toBe('<p>A boot camp is short.</p>');
    expect(render('A boot camp is short.').wordCount).toBe(plain.wordCount);
  });
});
