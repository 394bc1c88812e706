import type { Metadata } from 'next';
import { FeedbackBlock } from '@/components/feedback/FeedbackBlock';
import { LastReviewed } from '@/components/guide/LastReviewed';
import { getPageReviewed } from '@/lib/content';
import { HOME, PageFrame } from '@/components/layout/PageFrame';
import { Link } from '@/components/layout/Link';
import { ContactLine } from '@/components/site/ContactLine';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({
  title: 'About this guide',
  description: 'Who is behind this guide, what it will never do (sell courses, show ads, track you), how we check facts and how we fix mistakes.',
  path: '/about',
  image: { path: '/opengraph-image', alt: `About the ${site.name}` },
});

/** What the guide is and is not, how facts are chosen and checked, and how mistakes are put right. */
export default function AboutPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageFrame trail={[HOME, { name: 'About this guide', path: '/about' }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">About this guide</h1>
      <LastReviewed iso={getPageReviewed('/about')} />
      <p className="mt-4 text-lg">
        {site.name} helps you decide whether a short-term credential is worth your time and money, and how to tell a good
        program from a bad one. It is free to read.
      </p>

      <section aria-labelledby="is-not" className="mt-10 space-y-3">
        <h2 id="is-not" className="text-2xl font-bold">What this guide will not do</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>It is independent. No school, course company or employer pays for it or checks it before we publish.</li>
          <li>It sells nothing. We do not offer courses, and we do not rank or recommend providers.</li>
          <li>It shows no ads, and it has no affiliate links. Nobody pays us when you click a link or sign up.</li>
          <li>
            It does not track you. There are no cookies, no analytics and nothing loaded from other companies.{' '}
            <Link href="/privacy">What the site stores, and where</Link>.
          </li>
        </ul>
        <p>
          When the guide names a provider, it is an example from a source. It is not advice to choose that provider.
        </p>
      </section>

      <section aria-labelledby="how-we-check-facts" className="mt-10 space-y-3">
        <h2 id="how-we-check-facts" className="text-2xl font-bold">How we choose and check facts</h2>
        <p>
          Every figure in the guide comes from a source we can name. A small number next to a figure links to that source
          in the list at the end of the page. From there you can open the source itself and check it.
        </p>
        <p>
          We prefer the first place a fact was published: a law, a government rule, official data, or a study. When we
          know a figure only through a news story or another report, the list says so. Surveys by companies that sell
          courses are marked, because they have a stake in the answer.
        </p>
        <p>
          We write every sentence ourselves, in plain words. We say what the evidence shows and where it is thin. We do
          not promise you a job or a pay rise, because no source can.
        </p>
        <p>
          Each page shows the date it was last reviewed. A review means someone read the page against its sources again.
          You can see <Link href="/sources">every source the guide uses</Link>, grouped by kind.
        </p>
      </section>

      <section aria-labelledby="corrections" className="mt-10 space-y-3">
        <h2 id="corrections" className="text-2xl font-bold">How we fix mistakes</h2>
        <p>If you find a mistake, please tell us. We check what you found against the source.</p>
        <p>
          If we got something wrong, we fix it. Then we add a dated line under &ldquo;What changed&rdquo; on the article, so
          you can see what is different. The same line goes into the site&apos;s <a href="/feed.xml">news feed</a>, so a
          reader who follows the feed learns that the advice changed.
        </p>
        <p>We do not hide a correction by changing a page quietly.</p>
      </section>

      <section aria-labelledby="contact" className="mt-10 space-y-3">
        <h2 id="contact" className="text-2xl font-bold">How to reach us</h2>
        <ContactLine />
      </section>
      <FeedbackBlock path="/about" />
    </div>
  );
}
