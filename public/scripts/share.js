// The article's share bar: Copy link, the system share sheet where there is one, and each
// heading's "Link to this section", which also copies the section's address. Articles have no
// React on them (lib/finish/islands.ts), so this small script is the whole of their JavaScript.
// It is plain JavaScript, served as it is; `// @ts-check` and the JSDoc types let `tsc` check it.
// @ts-check

(() => {
  const bar = document.querySelector('[data-share-bar]');
  if (!(bar instanceof HTMLElement)) return;
  const copyButton = bar.querySelector('[data-share-copy]');
  const shareButton = bar.querySelector('[data-share-native]');
  const email = bar.querySelector('[data-share-email]');
  const status = bar.querySelector('[data-share-status]');
  if (!(copyButton instanceof HTMLButtonElement) || !(status instanceof HTMLElement)) return;

  const title = bar.dataset.title ?? document.title;
  // The page was built with the configured public origin; use the one the reader is really on.
  const url = `${window.location.origin}${bar.dataset.path ?? window.location.pathname}`;
  if (email instanceof HTMLAnchorElement) email.href = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** Shows a message for six seconds, and reads it out (the element is a status region). */
  const say = (/** @type {string} */ text) => {
    status.textContent = text;
    status.className = status.dataset.shownClass ?? '';
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = '';
      status.className = 'sr-only';
    }, 6000);
  };

  /** Puts text on the clipboard; false where the browser refuses (no permission, no secure context). */
  const copy = async (/** @type {string} */ text) => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  };

  copyButton.addEventListener('click', async () => {
    say((await copy(url)) ? 'Link copied.' : 'Your browser did not let us copy. Copy the address from the address bar.');
  });
  copyButton.disabled = false;

  if (shareButton instanceof HTMLButtonElement && typeof navigator.share === 'function') {
    shareButton.addEventListener('click', () => navigator.share({ title, url }).catch(() => undefined));
    shareButton.hidden = false;
  }

  // A heading's link still jumps to its section; it also copies the section's address.
  document.addEventListener('click', async (event) => {
    const anchor = event.target instanceof Element ? event.target.closest('a.heading-anchor') : null;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    // The link sits beside its heading, in the same group.
    const heading = anchor.parentElement?.querySelector('h2, h3, h4, h5, h6')?.textContent?.trim() ?? '';
    say((await copy(`${url}${anchor.hash}`)) ? `Link to “${heading}” copied.` : 'Your browser did not let us copy. The address bar now links to this section.');
  });
})();
