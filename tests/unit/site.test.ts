import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate } from '@/lib/site';

describe('formatDate', () => {
  it.each([
    ['2024-03-20', 'March 20, 2024'],
    ['2024-01-01', 'January 1, 2024'],
    ['2023-12-31', 'December 31, 2023'],
    ['2024-02-29', 'February 29, 2024'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2023', '2023'],
    ['2023-05', 'May 2023'],
    ['2024-01', 'January 2024'],
    ['2023-12', 'December 2023'],
    ['2024-03-20', 'March 20, 2024'],
  ])('%s → %s', (input, expected) => {
    expect(formatPartialDate(input)).toBe(expected);
  });
});
