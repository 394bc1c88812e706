import type { ComponentProps } from 'react';

/**
 * Links between pages are plain links: each click loads the next page whole. Most pages carry no
 * script at all (lib/build/islands.ts), so the only pages that could open the next one in place
 * (next/link) are the few with islands, and a page opened that way would differ from the same
 * page loaded directly: its own small scripts would not run. Plain links also fetch nothing
 * ahead of time, which costs readers on slow, metered phone data more than it saves them.
 */
export function Link({ href, ...props }: ComponentProps<'a'> & { href: string }) {
  return <a href={href} {...props} />;
}
