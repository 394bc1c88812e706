import type { Metadata } from 'next';
import { FeedbackBlock } from '@/components/feedback/FeedbackBlock';
import { LastReviewed } from '@/components/guide/LastReviewed';
import { getPageReviewed } from '@/lib/content';
import { HOME, PageFrame } from '@/components/layout/PageFrame';
import { Link } from '@/components/layout/Link';
import { ContactLine } from '@/components/site/ContactLine';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Privacy',
  description: 'What the site stores and where: your checklist stays in your browser, share links keep answers off our server, and what feedback keeps.',
  path: '/privacy',
  image: { path: '/opengraph-image', alt: 'Privacy: what the Microcredential Guide stores and where' },
});

/**
 * What "Is this page useful?" and "Report a problem" keep. Kept apart so it is easy to adjust
 * when the feedback form changes: it must say exactly what the form stores and for how long.
 */
function FeedbackSection() {
  return (
    <section aria-labelledby="feedback-you-send" className="mt-10 space-y-3">
      <h2 id="feedback-you-send" className="text-2xl font-bold">Feedback you send us</h2>
      <p>
        At the end of each page you can say whether it was useful, or report a problem. For each answer we store the page
        it is about, whether you said yes or no, or the words of your problem report, and the time it was sent.
      </p>
      <p>
        Before a report is saved, we remove anything that looks like an email address, a phone number or a long number such
        as a card or account number. Even so, please do not type anything private.
      </p>
      <p>
        We do not store your IP address, your name or any cookie. To stop one computer from sending hundreds of posts, the
        server keeps a scrambled form of its address in memory for a few minutes, and never writes it down.
      </p>
      <p>We keep answers and reports for 365 days, then delete them.</p>
    </section>
  );
}

/** What is stored and where: the checklist, share links, the server, feedback. */
export default function PrivacyPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <PageFrame trail={[HOME, { name: 'Privacy', path: '/privacy' }]} />
      <h1 className="text-3xl font-bold sm:text-4xl">Privacy</h1>
      <LastReviewed iso={getPageReviewed('/privacy')} />
      <p className="mt-4 text-lg">
        You can read the whole guide without an account. The site sets no cookies, runs no analytics and loads nothing from
        other companies. Here is what is stored, and where.
      </p>

      <section aria-labelledby="checklist" className="mt-10 space-y-3">
        <h2 id="checklist" className="text-2xl font-bold">Your checklist stays in your browser</h2>
        <p>
          When you fill in the <Link href="/checklist">checklist</Link>, your answers and notes are saved in your own
          browser, in a part of it called local storage. They are not sent to us, and we cannot see them.
        </p>
        <p>
          They stay until you delete them. Use &ldquo;Delete this checklist&rdquo; on the checklist page, or clear this
          site&apos;s data in your browser&apos;s settings. Anyone who uses the same browser on the same device can see them.
        </p>
        <p>
          If JavaScript is off in your browser, the checklist is a plain form. When you press &ldquo;See my summary&rdquo;,
          your answers go to our server, which uses them only to show you the summary. It does not store them.
        </p>
      </section>

      <section aria-labelledby="share-links" className="mt-10 space-y-3">
        <h2 id="share-links" className="text-2xl font-bold">Share links keep your answers off our server</h2>
        <p>
          A share link holds your answers in the part of the address after the # sign. Browsers never send that part to
          the server, so the link does not tell us your answers.
        </p>
        <p>
          But anyone who has the link can read the answers in it. Share it only with people you trust.
        </p>
      </section>

      <section aria-labelledby="server" className="mt-10 space-y-3">
        <h2 id="server" className="text-2xl font-bold">What the server sees</h2>
        <p>
          Like any website, the server gets a request each time your browser asks for a page. Whether those requests are
          written to a log, and for how long, depends on the company that hosts the site. We add no tracking of our own.
        </p>
      </section>

      <FeedbackSection />

      <section aria-labelledby="contact" className="mt-10 space-y-3">
        <h2 id="contact" className="text-2xl font-bold">Questions</h2>
        <ContactLine />
        <p>
          <Link href="/about">About this guide</Link> says who is behind it and how we fix mistakes.
        </p>
      </section>
      <FeedbackBlock path="/privacy" />
    </div>
  );
}
