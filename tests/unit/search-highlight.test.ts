import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchResults } from '@/components/search/SearchResults';
import { answerQuery, createIndex, highlight, searchIndex, type Hit } from '@/lib/search/engine';

const doc = (id: string, heading: string, text: string): Hit => ({ id, kind: 'Guide', title: 'Article', heading, text, href: `/guides/x#${id}` });
const index = createIndex([
  doc('badges', 'Check a digital badge', 'Open the badge. Badges show who issued them.'),
  doc('stack', 'Stackable credentials', 'Some credentials stack: stacking builds a larger one.'),
  doc('script', 'A script in a <heading>', 'A script with <b>tags</b> & more.'),
]);
/** The matched runs: every other one, from the second. */
const matchedRuns = (runs: string[]) => runs.filter((_, i) => i % 2 === 1);
const marked = (text: string, query: string) => {
  const [result] = searchIndex(index, query).results;
  return matchedRuns(highlight(text, result?.terms ?? []));
};

describe('highlight', () => {
  it('marks every form of a word typed, as written, and nothing else', () => {
    expect(marked('Open the badge. Badges show who issued them.', 'badge')).toEqual(['badge', 'Badges']);
    expect(marked('Some credentials stack: stacking builds a larger one.', 'stacked')).toEqual(['stack', 'stacking']);
  });
  it('alternates runs not matched and matched, and gives back the whole text when they are joined', () => {
    const text = 'Badges, badge-makers and “badge”!';
    const runs = highlight(text, ['badge', '___badg']);
    expect(runs).toEqual(['', 'Badges', ', ', 'badge', '-makers and “', 'badge', '”!']);
    expect(runs.join('')).toBe(text);
  });
  it('gives the text as one run when no word matched', () => {
    expect(highlight('Nothing here.', ['badge'])).toEqual(['Nothing here.']);
    expect(highlight('', ['badge'])).toEqual(['']);
  });
});

describe('the results, rendered', () => {
  const render = (query: string) =>
    renderToStaticMarkup(createElement(SearchResults, { query, answer: answerQuery(index, query), showingAll: false, more: () => null }));

  it('puts the matched words of the heading and the excerpt in <mark>', () => {
    const html = render('badges');
    expect(html).toContain('<a href="/guides/x#badges">Check a digital <mark>badge</mark></a>');
    expect(html).toContain('Open the <mark>badge</mark>. <mark>Badges</mark> show who issued them.');
  });
  it('keeps the text as text: markup in it is escaped, never run', () => {
    const html = render('script');
    expect(html).toContain('A <mark>script</mark> in a &lt;heading&gt;');
    expect(html).toContain('A <mark>script</mark> with &lt;b&gt;tags&lt;/b&gt; &amp; more.');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
  });
  it('marks the close matches of a search that found nothing', () => {
    const html = render('bdge');
    expect(html).toContain('No results for “bdge”');
    expect(html).toMatch(/Close to what you typed.*<mark>badge<\/mark>/s);
    expect(html).toContain('Where to look instead');
  });
});
