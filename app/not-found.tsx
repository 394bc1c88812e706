import type { Metadata } from 'next';
import Link from 'next/link';
import { getGuides } from '@/lib/content';

export const metadata: Metadata = { title: 'Page not found' };

/** The site's own 404 page: says what happened and offers the likeliest next steps. */
export default function NotFound() {
  const guides = getGuides();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold sm:text-4xl">Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the page may have moved.</p>
      <p>
        You can go to the <Link href="/">home page</Link> or <Link href="/guides">see every article in the guide</Link>.
      </p>
      <h2 className="pt-4 text-xl font-bold">Articles in the guide</h2>
      <ul className="list-disc space-y-1 pl-5">
        {guides.map((g) => (
          <li key={g.slug}>
            <Link href={g.href}>{g.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
