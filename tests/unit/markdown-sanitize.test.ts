import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkLink } from '@/lib/content/links';
import { renderMarkdown } from '@/lib/markdown/render';

// ---------------------------------------------------------------------------------------------
// A small HTML tag/attribute reader. Attribute values are read with their quotes, so text like
// title="a&#x22; onmouseover=..." is one harmless title, not an event handler.
// ---------------------------------------------------------------------------------------------

type Attr = { name: string; value: string };
type Tag = { name: string; attrs: Attr[] };

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', colon: ':', tab: '\t', newline: '\n' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function readTags(html: string): Tag[] {
  return [...html.matchAll(TAG)].map((m) => ({
    name: (m[1] as string).toLowerCase(),
    attrs: [...(m[2] ?? '').matchAll(ATTR)].map((a) => ({
      name: (a[1] as string).toLowerCase(),
      value: decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''),
    })),
  }));
}

const URL_ATTRS = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background']);
const BAD_ELEMENTS = new Set(['script', 'iframe', 'svg', 'style', 'object', 'embed', 'math', 'frame', 'base']);

/** Every way the HTML could run script, described in words; empty when it is safe. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const tag of readTags(html)) {
    if (BAD_ELEMENTS.has(tag.name)) found.push(`<${tag.name}> element`);
    for (const { name, value } of tag.attrs) {
      if (/^on[a-z]+$/.test(name)) found.push(`${name}= handler on <${tag.name}>`);
      // Browsers ignore control characters and whitespace inside a URL scheme.
      const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (URL_ATTRS.has(name) && /^(javascript|vbscript|data):/.test(url)) found.push(`${url.split(':')[0]}: URL in ${name} of <${tag.name}>`);
    }
  }
  return found;
}

/** The same Markdown rendered with every protection removed: raw HTML kept, no rehype-sanitize. */
const unprotected = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();
const renderUnprotected = (md: string) => String(unprotected.processSync(md));

// ---------------------------------------------------------------------------------------------

type Case = {
  name: string;
  markdown: string;
  /** Raw HTML in the Markdown: renderMarkdown must also report it as a mistake. */
  rawHtml: boolean;
  /** What the danger check finds when the same Markdown is rendered with no protection. */
  unprotectedDanger: RegExp;
  /** For link payloads: the URL the content checks see (and must reject). */
  linkUrl?: string;
};

const cases: Case[] = [
  { name: 'img onerror', markdown: '<img src=x onerror=alert(1)>', rawHtml: true, unprotectedDanger: /onerror= handler on <img>/ },
  { name: 'inline img onerror', markdown: 'Text <img src=x onerror=alert(1)> more', rawHtml: true, unprotectedDanger: /onerror= handler/ },
  { name: 'script element', markdown: '<script>alert(1)</script>', rawHtml: true, unprotectedDanger: /<script> element/ },
  { name: 'javascript: link', markdown: '[x](javascript:alert(1))', rawHtml: false, unprotectedDanger: /javascript: URL in href/, linkUrl: 'javascript:alert(1)' },
  { name: 'JAVASCRIPT: link in capitals', markdown: '[x](JAVASCRIPT:alert(1))', rawHtml: false, unprotectedDanger: /javascript: URL in href/, linkUrl: 'JAVASCRIPT:alert(1)' },
  { name: 'javascript: link after spaces', markdown: '[x](  javascript:alert(1))', rawHtml: false, unprotectedDanger: /javascript: URL in href/, linkUrl: 'javascript:alert(1)' },
  { name: 'raw <a href=javascript:>', markdown: '<a href="javascript:alert(1)">x</a>', rawHtml: true, unprotectedDanger: /javascript: URL in href of <a>/ },
  { name: 'svg onload', markdown: '<svg onload=alert(1)>', rawHtml: true, unprotectedDanger: /<svg> element/ },
  { name: 'iframe javascript:', markdown: '<iframe src="javascript:alert(1)">', rawHtml: true, unprotectedDanger: /<iframe> element/ },
  { name: 'image with javascript: src', markdown: '![x](javascript:alert(1))', rawHtml: false, unprotectedDanger: /javascript: URL in src of <img>/, linkUrl: 'javascript:alert(1)' },
  {
    name: 'data: URL link',
    markdown: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    rawHtml: false,
    unprotectedDanger: /data: URL in href/,
    linkUrl: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  },
  { name: 'details ontoggle', markdown: '<details open ontoggle=alert(1)>', rawHtml: true, unprotectedDanger: /ontoggle= handler on <details>/ },
  { name: 'style element', markdown: '<style>body{display:none}</style>', rawHtml: true, unprotectedDanger: /<style> element/ },
  { name: 'vbscript: link', markdown: '[x](vbscript:msgbox(1))', rawHtml: false, unprotectedDanger: /vbscript: URL in href/, linkUrl: 'vbscript:msgbox(1)' },
  { name: 'javascript: autolink', markdown: '<javascript:alert(1)>', rawHtml: false, unprotectedDanger: /javascript: URL in href/, linkUrl: 'javascript:alert(1)' },
];

describe('the danger check itself', () => {
  it('finds each kind of danger in hand-written HTML', () => {
    expect(dangers('<p><script>x</script></p>')).toEqual(['<script> element']);
    expect(dangers('<img src="a.png" ONERROR="x">')).toEqual(['onerror= handler on <img>']);
    expect(dangers('<a href=" jav&#x09;ascript&colon;alert(1)">x</a>')).toEqual(['javascript: URL in href of <a>']);
    expect(dangers('<a href="https://example.com" title="a" onmouseover="alert(1)">x</a>')).toEqual(['onmouseover= handler on <a>']);
    expect(dangers('<iframe></iframe><svg></svg><style></style>')).toHaveLength(3);
  });

  it('does not mistake quoted attribute text or link text for danger', () => {
    expect(dangers('<a href="https://example.com" title="a&#x22; onmouseover=&#x22;alert(1)">javascript:alert(1)</a>')).toEqual([]);
  });
});

describe.each(cases)('XSS payload: $name', ({ markdown, rawHtml, unprotectedDanger, linkUrl }) => {
  const rendered = renderMarkdown(markdown);
  const { html } = rendered;

  it('would be dangerous if rendered with no protection (so the checks below can fail)', () => {
    expect(dangers(renderUnprotected(markdown)).join('\n')).toMatch(unprotectedDanger);
  });

  it('renders with nothing that can run script', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/<svg/i);
    expect(html).not.toMatch(/<style/i);
    const attrs = readTags(html).flatMap((t) => t.attrs);
    expect(attrs.filter((a) => /^on[a-z]+$/.test(a.name))).toEqual([]);
    expect(attrs.filter((a) => (a.name === 'href' || a.name === 'src') && /^\s*(javascript|vbscript|data):/i.test(a.value))).toEqual([]);
    expect(dangers(html)).toEqual([]);
  });

  if (rawHtml) {
    it('is reported as a raw HTML mistake', () => {
      expect(rendered.facts.mistakes.some((m) => m.message.startsWith('raw HTML is not allowed'))).toBe(true);
    });
  } else {
    it('is not reported as raw HTML, but its URL is collected and rejected by the link check', () => {
      expect(rendered.facts.mistakes.filter((m) => m.message.startsWith('raw HTML'))).toEqual([]);
      expect(rendered.facts.links.map((l) => l.url)).toEqual([linkUrl]);
      expect(checkLink(linkUrl as string, 'own', new Map([['own', []]]))).toMatch(/scheme that is not allowed/);
    });
  }
});

describe('XSS payload: a link title that tries to break out of its quotes', () => {
  const markdown = '[x](https://example.com "a\\" onmouseover=\\"alert(1)")';
  const { html, facts } = renderMarkdown(markdown);

  it('would be dangerous if the title escaped its quotes', () => {
    expect(dangers('<a href="https://example.com" title="a" onmouseover="alert(1)">x</a>')).not.toEqual([]);
  });

  it('keeps the whole text inside the title attribute', () => {
    const a = readTags(html).find((t) => t.name === 'a');
    expect(a?.attrs.map((x) => x.name)).toEqual(['href', 'title', 'rel', 'class']);
    expect(a?.attrs.find((x) => x.name === 'title')?.value).toBe('a" onmouseover="alert(1)');
    expect(dangers(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<iframe|<svg|<style/i);
  });

  it('is an ordinary https link for the content checks', () => {
    expect(facts.links).toEqual([{ url: 'https://example.com', line: 1 }]);
    expect(facts.mistakes).toEqual([]);
  });
});
