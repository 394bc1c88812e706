/**
 * Personal details a reader may type into a problem report despite the request not to: e-mail
 * addresses, phone numbers, and long runs of digits (card, account, ID or policy numbers). They
 * are replaced before anything is stored, so the database never holds them.
 */

export const EMAIL_REMOVED = '[email removed]';
export const NUMBER_REMOVED = '[number removed]';

/** An e-mail address, also with spaces around the @ ("jane.doe @ example.com"). */
const EMAIL = /[\p{L}\p{N}._%+'-]+\s?@\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * A run of digits that may be split by spaces, dashes, dots, slashes or brackets, with an
 * optional leading `+` or `(`: phone numbers in any country's style, card numbers in groups.
 */
const DIGIT_RUN = /\+?\(?\d(?:[\d\s().\/-]*\d)?\)?/g;

/** Seven digits or more is a phone, card or account number, not a price or a count. */
const MIN_DIGITS = 7;

/** Years on their own, as in "2019-2024" or "2021 2022 2023", and dates such as 2024-03-20. */
const YEARS = /^(?:(?:19|20)\d{2}[\s/-]*)+$/;
const ISO_DATE = /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$/;
const DAY_FIRST_DATE = /^\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}$/;

function isDateOrYears(run: string): boolean {
  const t = run.trim();
  return YEARS.test(t) || ISO_DATE.test(t) || DAY_FIRST_DATE.test(t);
}

/** The text with e-mail addresses and long numbers replaced by a marker saying what was removed. */
export function redact(text: string): string {
  return text.replace(EMAIL, EMAIL_REMOVED).replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/\D/g, '').length;
    if (digits < MIN_DIGITS || isDateOrYears(run)) return run;
    // A closing bracket the number did not open belongs to the sentence around it.
    const unopened = run.endsWith(')') && run.split('(').length < run.split(')').length ? ')' : '';
    return `${NUMBER_REMOVED}${unopened}`;
  });
}
