import { describe, expect, it } from 'vitest';
import { createIndex, searchIndex } from '@/lib/search/engine';
import { getSearchDocuments } from '@/lib/search/documents';

// The questions a shopper asks about money before paying for a program, searched in the index
// built from the real content, exactly as /search runs them. Each must put the section that
// answers it first: the reader should not have to scroll past a glossary line or a checklist
// question to reach the explanation.
const index = createIndex(getSearchDocuments());
const first = (query: string) => searchIndex(index, query).results[0]?.href;

const ANSWERS: [query: string, href: string][] = [
  ['refund', '/guides/before-you-sign#know-how-to-cancel-and-get-a-refund'],
  ['refunds', '/guides/before-you-sign#know-how-to-cancel-and-get-a-refund'],
  ['cost', '/guides/before-you-sign#get-the-total-cost-in-writing'],
  ['price', '/guides/pay-for-a-program#price-and-pay-is-it-worth-the-money'],
  ['how much does a boot camp cost', '/guides/pay-for-a-program#weighing-a-12000-boot-camp'],
  ['financial aid', '/guides/pay-for-a-program#federal-financial-aid-pell-grants-and-the-fafsa'],
  ['Pell grant', '/guides/workforce-pell#what-is-a-workforce-pell-grant'],
  ['FAFSA', '/guides/pay-for-a-program#fill-in-the-fafsa'],
  ['GI Bill', '/guides/pay-for-a-program#if-you-served-the-gi-bill-can-pay-for-tests'],
  ['gi bill', '/guides/pay-for-a-program#if-you-served-the-gi-bill-can-pay-for-tests'],
  ['ISA', '/guides/before-you-sign#income-share-agreements-are-loans'],
  ['income share', '/guides/before-you-sign#income-share-agreements-are-loans'],
  ['income share agreement', '/guides/before-you-sign#income-share-agreements-are-loans'],
  ['complain', '/guides/before-you-sign#where-to-complain'],
];

describe('search answers money questions with the section that explains them', () => {
  it.each(ANSWERS)('%j → %s first', (query, href) => {
    expect(first(query)).toBe(href);
  });

  it('lists the glossary entry and the checklist question for a term too, after the explanation', () => {
    const hrefs = searchIndex(index, 'refund').results.map((r) => r.href);
    expect(hrefs.slice(0, 3)).toEqual(expect.arrayContaining(['/glossary#refund-policy', '/checklist#item-refund-policy-seen']));
  });
});
