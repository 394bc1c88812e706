import type { Metadata } from 'next';
import { Link } from '@/components/layout/Link';
import { getStepGuides } from '@/lib/content';
import { navigation } from '@/lib/site';

export const metadata: Metadata = { title: 'Page not found' };

/**
 * The site's own 404 page: says what happened and offers the likeliest next steps.
 * Next embeds this page in every page's payload (it is the root layout's not-found boundary),
 * so it lists a fixed handful of links, never every article.
 */
export default function NotFound() {
  const steps = getStepGuides();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold sm:text-4xl">Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the page may have moved.</p>
      <p>
        You can go to the <Link href="/">home page</Link> or <Link href="/guides">see every article in the guide</Link>.
      </p>
      <h2 className="pt-4 text-xl font-bold">Places to start</h2>
      <ul className="list-disc space-y-1 pl-5">
        {steps.map((g) => (
          <li key={g.slug}>
            <Link href={g.href}>{g.title}</Link>
          </li>
        ))}
        {navigation
          .filter((n) => n.href !== '/guides')
          .map((n) => (
            <li key={n.href}>
              <Link href={n.href}>{n.label}</Link>
            </li>
          ))}
      </ul>
    </div>
  );
}
