import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import SearchResultsPage from '@/app/search/results/page';
import nextConfig from '@/next.config';
import { allowedMethods } from '@/lib/security/methods';
import { formAnswerPolicy } from '@/lib/security/csp';
import { siteSearchIndex } from '@/lib/search/site-index';

const render = async (params: Record<string, string | string[]>) =>
  renderToStaticMarkup(await SearchResultsPage({ params: Promise.resolve({}), searchParams: Promise.resolve(params) }));

describe('the search results page', () => {
  it('shows the results the search page shows, with the query in the box and matched words marked', async () => {
    const html = await render({ q: 'Mesa Community College' });
    expect(html).toContain('<h1 class="text-3xl font-bold sm:text-4xl">Search results</h1>');
    expect(html).toContain('action="/search/results"');
    const box = /<input id="search-page-input"[^>]*>/.exec(html)?.[0] ?? '';
    expect(box).toContain('value="Mesa Community College"');
    expect(box).toMatch(/maxlength="3000"/i);
    expect(html).toMatch(/\d+ results? for “Mesa Community College”/);
    expect(html).toContain('<a href="/guides/research-the-program#one-example-mesa-community-college-and-boeing">One example: <mark>Mesa</mark> <mark>Community</mark> <mark>College</mark> and Boeing</a>');
  });
  it('gives a link to every result when it shows only the best 30', async () => {
    const html = await render({ q: 'program' });
    expect(html).toMatch(/The best 30 of \d+ results for “program”/);
    expect(html).toMatch(/<a href="\/search\/results\?q=program&amp;all=1#result-31" [^>]*>Show all \d+ results<\/a>/);
    const all = await render({ q: 'program', all: '1' });
    expect(all).not.toContain('Show all');
    expect(all).toContain('id="result-31"');
  });
  it('offers the closest pages and the main pages when nothing matches', async () => {
    const html = await render({ q: 'bdge' });
    expect(html).toContain('No results for “bdge”');
    expect(html).toContain('Close to what you typed');
    expect(html).toContain('Where to look instead');
  });
  it('says what is wrong with an over-long or repeated query, and searches nothing', async () => {
    const long = await render({ q: 'x'.repeat(3001) });
    expect(long).toContain('role="alert"');
    expect(long).toContain('Your search is too long.');
    expect(long).not.toContain('No results');
    const twice = await render({ q: ['badge', 'refund'] });
    expect(twice).toContain('more than one search at once');
    expect(twice).toContain('value="badge"');
  });
  it('asks for words when the box was empty', async () => {
    expect(await render({})).toContain('Type a word or phrase');
    expect(await render({ q: '   ' })).toContain('Type a word or phrase');
  });
  it('builds its index once, not for every search', () => {
    expect(siteSearchIndex()).toBe(siteSearchIndex());
  });
});

describe('what the server lets through to it', () => {
  it('sends it the policy under which no script runs', async () => {
    const rules = await nextConfig.headers();
    const rule = rules.find((r) => r.source === '/search/results');
    expect(rule?.has).toBeUndefined();
    expect(rule?.headers).toEqual([{ key: 'Content-Security-Policy', value: formAnswerPolicy }]);
    expect(formAnswerPolicy).toContain("script-src 'none'");
    // The last rule with the header wins, so nothing after it gives the page another policy.
    expect(rules.slice(rules.indexOf(rule!) + 1).some((r) => r.headers.some((h) => h.key === 'Content-Security-Policy'))).toBe(false);
  });
  it('takes GET and HEAD only, like every page: a POST is refused before anything renders', () => {
    expect(allowedMethods('/search/results')).toEqual(['GET', 'HEAD']);
  });
});
