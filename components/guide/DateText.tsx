import { formatDate } from '@/lib/site';

/** A machine-readable date shown the one way the site writes dates. */
export function DateText({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}
