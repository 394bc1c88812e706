import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without automatic prefetching. By default every link that scrolls into view fetches
 * its page ahead of time: a dozen requests on each page view, which costs readers on slow,
 * metered phone data more than it saves them. Pages still open without a full reload.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
