import { copyText } from './clipboard';

/**
 * What makes the article's share bar (ShareBar.tsx) work: Copy link, the system share sheet
 * where there is one, and each heading's "Link to this section", which also copies the
 * section's address. Plain DOM code, no React: articles carry no framework, so this is the
 * whole of an article's JavaScript (components/island/entries/share.ts loads it). Returns a
 * function that undoes it.
 */
export function startShareBar(bar: HTMLElement): () => void {
  const copyButton = bar.querySelector('[data-share-copy]');
  const shareButton = bar.querySelector('[data-share-native]');
  const email = bar.querySelector('[data-share-email]');
  const status = bar.querySelector('[data-share-status]');
  if (!(copyButton instanceof HTMLButtonElement) || !(status instanceof HTMLElement)) return () => undefined;
  const controller = new AbortController();
  const { signal } = controller;

  const title = bar.dataset.title ?? document.title;
  // The page was built with the configured public origin; use the one the reader is really on.
  const url = `${window.location.origin}${bar.dataset.path ?? window.location.pathname}`;
  if (email instanceof HTMLAnchorElement) email.href = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Shows a message for six seconds, and reads it out (the element is a status region). */
  const say = (text: string) => {
    status.textContent = text;
    status.className = status.dataset.shownClass ?? '';
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = '';
      status.className = 'sr-only';
    }, 6000);
  };

  copyButton.addEventListener('click', async () => say((await copyText(url)) ? 'Link copied.' : 'Your browser did not let us copy. Copy the address from the address bar.'), { signal });
  copyButton.disabled = false;

  if (shareButton instanceof HTMLButtonElement && typeof navigator.share === 'function') {
    shareButton.addEventListener('click', () => navigator.share({ title, url }).catch(() => undefined), { signal });
    shareButton.hidden = false;
  }

  // A heading's link still jumps to its section; it also copies the section's address.
  document.addEventListener(
    'click',
    async (event) => {
      const anchor = event.target instanceof Element ? event.target.closest('a.heading-anchor') : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      // The link sits beside its heading, in the same group.
      const heading = anchor.parentElement?.querySelector('h2, h3, h4, h5, h6')?.textContent?.trim() ?? '';
      say((await copyText(`${url}${anchor.hash}`)) ? `Link to “${heading}” copied.` : 'Your browser did not let us copy. The address bar now links to this section.');
    },
    { signal },
  );
  return () => {
    controller.abort();
    clearTimeout(timer);
  };
}
