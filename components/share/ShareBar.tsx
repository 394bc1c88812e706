'use client';
import { useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/island/hydration';
import { copyText } from './clipboard';

/** `origin` is the configured public origin; once running, the page uses the one the reader is actually on. */
type Props = { title: string; path: string; origin: string };

/**
 * Copy link, the system share sheet where there is one, and email. Also makes each heading's
 * "Link to this section" copy the section's address as well as jumping to it.
 */
export function ShareBar({ title, path, origin }: Props) {
  const [url, setUrl] = useState(`${origin}${path}`);
  const [message, setMessage] = useState('');
  const [canShare, setCanShare] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const hydrated = useHydrated();

  const say = (text: string) => {
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), 6000);
  };

  useEffect(() => setUrl(`${window.location.origin}${path}`), [path]);

  useEffect(() => {
    setCanShare(typeof navigator.share === 'function');
    const onClick = async (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a.heading-anchor');
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const heading = anchor.parentElement?.textContent?.replace('Link to this section', '').replace('#', '').trim() ?? '';
      const ok = await copyText(`${url}${anchor.hash}`);
      say(ok ? `Link to “${heading}” copied.` : 'Your browser did not let us copy. The address bar now links to this section.');
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [url]);

  return (
    <div className="no-print flex flex-wrap items-center gap-3">
      <button type="button" className="button-secondary" disabled={!hydrated} onClick={async () => say((await copyText(url)) ? 'Link copied.' : 'Your browser did not let us copy. Copy the address from the address bar.')}>
        Copy link
      </button>
      {canShare ? (
        <button type="button" className="button-secondary" onClick={() => navigator.share({ title, url }).catch(() => undefined)}>
          Share…
        </button>
      ) : null}
      <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`}>Email this article</a>
      <p role="status" className={message ? 'fixed inset-x-4 bottom-4 z-50 mx-auto max-w-md rounded bg-zinc-900 p-4 font-semibold text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900' : 'sr-only'}>
        {message}
      </p>
    </div>
  );
}
