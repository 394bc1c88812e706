import { describe, expect, it } from 'vitest';
import { contactEmail, formatDate, formatPartialDate } from '@/lib/site';

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

describe('contactEmail', () => {
  it('is undefined when CONTACT_EMAIL is unset or blank, so pages never show a made-up address', () => {
    expect(contactEmail(undefined)).toBeUndefined();
    expect(contactEmail('  ')).toBeUndefined();
  });

  it('returns the address, trimmed', () => {
    expect(contactEmail(' corrections@guide.example.org ')).toBe('corrections@guide.example.org');
  });

  it.each(['not an address', 'a@b', 'a@b.c', 'one@example.org, two@example.org', 'x@example.org?subject=hi', '<x@example.org>'])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => contactEmail(value)).toThrow(/CONTACT_EMAIL/);
    },
  );
});
