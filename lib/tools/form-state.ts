/**
 * What the tools' no-JavaScript form hands back to the page (app/tools/actions.ts): the text
 * the reader sent, so the page can show the result of checking it. Nothing else, and nothing
 * is stored.
 */
export type ToolFormState = {
  /** True once the form has been sent. */
  submitted: boolean;
  /** The text of each box, in order (the claims checker has one). */
  texts: string[];
};
