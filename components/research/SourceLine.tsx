import type { Source } from '@/lib/content';
import { sourceAnchor } from '@/lib/markdown/citations';
import { SourceProvenance, SourceTitle, sourceKindLabel } from '../sources/SourceEntry';

/** Whether a source's title already names its publisher ("UPCEA's survey of employers"): then the publisher is not said again. */
export const titleNamesPublisher = (source: Source) => source.title.includes(source.publisher);

/** "Source: ... Who was asked: ..." under a chart or figure: the source linked, its kind, how we know it, and plainly what is unknown. */
export function SourceLine({ source, via, year, who, sample, countries }: {
  source: Source;
  via?: Source | undefined;
  year: number;
  who: string;
  sample?: string | undefined;
  countries?: string | undefined;
}) {
  const unknown = 'not given in the report we read';
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
      <dt className="font-semibold">Source</dt>
      <dd>
        <p>
          {titleNamesPublisher(source) ? '' : `${source.publisher}, `}
          <SourceTitle source={source} /> ({year}). {sourceKindLabel[source.kind]}.
        </p>
        <SourceProvenance source={source} via={via} viaHref={via ? `/sources#${sourceAnchor(via.id)}` : undefined} />
      </dd>
      <dt className="font-semibold">Who was asked</dt>
      <dd>{who}</dd>
      <dt className="font-semibold">How many</dt>
      <dd>{sample ?? unknown}</dd>
      <dt className="font-semibold">Where</dt>
      <dd>{countries ?? unknown}</dd>
    </dl>
  );
}
