import type { ComponentProps } from 'react';

/**
 * Links between pages are plain links: each click loads the next page whole. No page carries
 * Next's runtime (lib/finish/islands.ts), so next/link could not open a page in place anyway.
 * Plain links also fetch nothing ahead of time, which costs readers on slow, metered phone data
 * more than it saves them.
 */
export function Link({ href, ...props }: ComponentProps<'a'> & { href: string }) {
  return <a href={href} {...props} />;
}
