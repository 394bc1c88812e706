/** Where the feedback form posts (app/feedback/route.ts). */
export const FEEDBACK_ACTION = '/feedback';

/** The prerendered thank-you page for a page's feedback: /feedback/thanks/guides/red-flags, or /feedback/thanks for home. */
export const thanksPath = (page: string) => `/feedback/thanks${page === '/' ? '' : page}`;

/** The id of the feedback block on every page, so a thank-you page can link straight back to it. */
export const FEEDBACK_BLOCK_ID = 'feedback';
