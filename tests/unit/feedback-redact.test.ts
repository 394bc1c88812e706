import { describe, expect, it } from 'vitest';
import { EMAIL_REMOVED, NUMBER_REMOVED, redact } from '@/lib/feedback/redact';

describe('redact', () => {
  it.each([
    ['Please email me at jane.doe@example.com about this', `Please email me at ${EMAIL_REMOVED} about this`],
    ['my work address is J.Smith+feedback@mail.example.co.uk.', `my work address is ${EMAIL_REMOVED}.`],
    ['reach me: jane.doe @ gmail.com', `reach me: ${EMAIL_REMOVED}`],
    ["o'brien@example.ie wrote this", `${EMAIL_REMOVED} wrote this`],
    ['José.Núñez@correo.es', EMAIL_REMOVED],
  ])('removes the e-mail address in %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    ['Call me on (555) 123-4567 tomorrow', `Call me on ${NUMBER_REMOVED} tomorrow`],
    ['my cell is 555-123-4567', `my cell is ${NUMBER_REMOVED}`],
    ['ring +1 202 555 0143 after 5', `ring ${NUMBER_REMOVED} after 5`],
    ['UK mobile 07700 900123', `UK mobile ${NUMBER_REMOVED}`],
    ['office +44 20 7946 0958.', `office ${NUMBER_REMOVED}.`],
    ['number 555.123.4567', `number ${NUMBER_REMOVED}`],
    ['+33 1 23 45 67 89 is my line', `${NUMBER_REMOVED} is my line`],
    ['card 4111 1111 1111 1111 was charged twice', `card ${NUMBER_REMOVED} was charged twice`],
    ['card 4111-1111-1111-1111', `card ${NUMBER_REMOVED}`],
    ['account 12345678, sort code 12-34-56', `account ${NUMBER_REMOVED}, sort code 12-34-56`],
    ['SSN 123-45-6789', `SSN ${NUMBER_REMOVED}`],
    ['student ID 20231234567', `student ID ${NUMBER_REMOVED}`],
  ])('removes the number in %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('removes both kinds in one report, every time they appear', () => {
    const text = 'I am Ann (ann@example.org, 555-123-4567). Also ann2@example.org and 4111111111111111.';
    const out = redact(text);
    expect(out).not.toMatch(/@|555|4111/);
    expect(out).toBe(`I am Ann (${EMAIL_REMOVED}, ${NUMBER_REMOVED}). Also ${EMAIL_REMOVED} and ${NUMBER_REMOVED}.`);
  });

  it.each([
    'The boot camp cost $12,500 in 2024 and took 12 weeks.',
    'It was reviewed on 20 March 2024, or 2024-03-20.',
    'Figures from 2019-2024 are missing; see page 14.',
    'It says 46% of 1,000 employers, not 4.5 out of 5.',
    'The course runs 2021 2022 2023 in spring.',
    'Module 3, lesson 12, at 10:30.',
    'Dated 03/20/2024 on the badge.',
  ])('keeps ordinary text with figures: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
