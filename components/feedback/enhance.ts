/**
 * The feedback block's script (the `feedback` island's bundle): sends the block's forms with
 * fetch instead of leaving the page, then swaps the forms for the thanks and moves focus there,
 * so a screen reader reads it out. Without this script the same forms post and land on the
 * prerendered thank-you page. Plain DOM code with no imports: the block needs no React, and
 * esbuild would put anything it shared with another island into that island's shared files.
 */

const FALLBACK_ERROR = 'Your feedback was not sent. Please try again later.';
const OFFLINE_ERROR = 'Your feedback was not sent. Check your connection and try again.';

/** The form's fields, and the button that sent it (a Yes or No button carries the answer). */
function formBody(form: HTMLFormElement, submitter: HTMLElement | null): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') body.append(name, value);
  if (submitter instanceof HTMLButtonElement && submitter.name) body.append(submitter.name, submitter.value);
  return body;
}

async function errorText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    return typeof body.error === 'string' && body.error ? body.error : FALLBACK_ERROR;
  } catch {
    return FALLBACK_ERROR;
  }
}

export function enhanceFeedback(block: HTMLElement): void {
  const forms = block.querySelector<HTMLElement>('[data-feedback-forms]');
  const thanks = block.querySelector<HTMLElement>('[data-feedback-thanks]');
  const error = block.querySelector<HTMLElement>('[data-feedback-error]');
  if (!forms || !thanks || !error) return;
  for (const form of block.querySelectorAll('form')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const buttons = [...form.querySelectorAll('button')];
      // One post per press: a second press while the first is on its way does nothing.
      if (buttons.some((b) => b.disabled)) return;
      const body = formBody(form, event.submitter);
      for (const b of buttons) b.disabled = true;
      error.textContent = '';
      fetch(form.action, { method: 'POST', headers: { Accept: 'application/json' }, body })
        .then(async (response) => {
          if (!response.ok) {
            error.textContent = await errorText(response);
            return;
          }
          forms.hidden = true;
          thanks.hidden = false;
          thanks.focus();
        })
        .catch(() => {
          error.textContent = OFFLINE_ERROR;
        })
        .finally(() => {
          for (const b of buttons) b.disabled = false;
        });
    });
  }
}

/** Starts every feedback block on the page. */
export function enhanceAllFeedback(doc: Document = document): void {
  for (const block of doc.querySelectorAll<HTMLElement>('[data-feedback-block]')) enhanceFeedback(block);
}
