import type { ReactNode } from 'react';
import type { Source } from '@/lib/content';
import { formatPartialDate } from '@/lib/site';

/** What kind of source it is, in the words the site shows a reader. */
export const sourceKindLabel: Record<Source['kind'], string> = {
  law: 'Law or rule',
  guidance: 'Official guidance',
  'government-data': 'Government data',
  enforcement: 'Enforcement case',
  standard: 'Standards body',
  research: 'Research',
  survey: 'Survey',
  news: 'News',
};

/** Where a source's link goes, said in the link itself: the publisher's own page, or the copy we read. */
export const externalNote = (source: Source) => (source.reportedBy ? '(opens the page we read)' : "(opens the publisher's page)");

/**
 * A link that leaves the site, marked as such in words every reader sees. `noopener` and
 * `noreferrer`: the publisher's page can neither reach back into this one nor learn which
 * page sent the reader.
 */
export function ExternalLink({ href, note, children, className }: { href: string; note: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} rel="external noopener noreferrer" className={className}>
      {children} <span className="whitespace-nowrap text-sm font-normal">{note}</span>
    </a>
  );
}

/** The source's title, linked to where a reader can check it when there is an address. */
export function SourceTitle({ source }: { source: Source }) {
  return source.url ? (
    <ExternalLink href={source.url} note={externalNote(source)} className="font-semibold">{source.title}</ExternalLink>
  ) : (
    <cite className="not-italic font-semibold">{source.title}</cite>
  );
}

/** "Publisher, date": who published it and when, as far as we know. */
export const sourceByline = (s: Source) => `${s.author ? `${s.author}, ` : ''}${s.publisher}${s.date ? `, ${formatPartialDate(s.date)}` : ''}`;

/**
 * How we know the source, said plainly: only through another source, through a page someone
 * else published, or with no address to link to (and why).
 */
export function SourceProvenance({ source, via, viaHref }: { source: Source; via?: Source | undefined; viaHref?: string | undefined }) {
  return (
    <>
      {via ? (
        <p className="text-sm">
          We know this only through{' '}
          {viaHref ? <a href={viaHref}>{via.title}</a> : <cite className="not-italic">{via.title}</cite>} ({sourceByline(via)}).
        </p>
      ) : null}
      {source.reportedBy ? <p className="text-sm">We read this through a page published by {source.reportedBy}.</p> : null}
      {source.noUrl ? <p className="text-sm">No link: {source.noUrl}</p> : null}
    </>
  );
}

/**
 * One source in full: linked title, byline, kind, who was asked, how we know it, and the note.
 * `viaHref` says where the source it was reported in is listed, so the reader can go to it.
 */
export function SourceEntry({ source, via, viaHref }: { source: Source; via?: Source | undefined; viaHref?: string | undefined }) {
  return (
    <>
      <p>
        <SourceTitle source={source} />
        {'. '}
        {sourceByline(source)}.{' '}
        <span className="text-zinc-700 dark:text-zinc-300">Kind of source: {sourceKindLabel[source.kind].toLowerCase()}.</span>
      </p>
      {source.surveyed ? <p className="text-sm">Who was asked: {source.surveyed}</p> : null}
      <SourceProvenance source={source} via={via} viaHref={viaHref} />
      {source.note ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{source.note}</p> : null}
    </>
  );
}
