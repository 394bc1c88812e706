import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Link } from '@/components/layout/Link';
import { getCredentialKinds, getGuides } from '@/lib/content';
import { FEEDBACK_BLOCK_ID } from '@/lib/feedback/paths';
import { getPublicRoutes } from '@/lib/routes';
import { footerLinks, navigation } from '@/lib/site';

type Props = { params: Promise<{ page?: string[] }> };

/**
 * Where the feedback form lands without JavaScript (lib/feedback/handler.ts answers a post
 * with a 303 here): one prerendered page per page of the site, so each can link back to the
 * page the reader came from. /feedback/thanks is home's; /feedback/thanks/guides/red-flags
 * is that article's.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return getPublicRoutes().map((r) => ({ page: r.path === '/' ? [] : r.path.slice(1).split('/') }));
}

export const metadata: Metadata = { title: 'Thank you for your feedback', robots: { index: false, follow: true } };

/** The page's name, for a link that says where it goes. */
function pageName(path: string): string {
  if (path === '/') return 'the home page';
  const named = [...getGuides().map((g) => ({ href: g.href, label: g.title })), ...getCredentialKinds().map((k) => ({ href: k.href, label: k.name })), ...navigation, ...footerLinks];
  return named.find((n) => n.href === path)?.label ?? 'the page';
}

export default async function FeedbackThanksPage({ params }: Props) {
  const segments = (await params).page ?? [];
  const path = `/${segments.join('/')}`;
  if (!getPublicRoutes().some((r) => r.path === path)) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold sm:text-4xl">Thank you for your feedback</h1>
      <p>We have saved it. Editors read what readers send and use it to fix and improve pages.</p>
      <p>
        <Link href={path}>Go back to {pageName(path)}</Link>
      </p>
      <p>
        Something wrong on that page? <Link href={`${path}#${FEEDBACK_BLOCK_ID}`}>Report a problem with it</Link>.
      </p>
    </div>
  );
}
