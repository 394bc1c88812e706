import type { SourceRef } from '@/lib/tools/claims';
import { experienceInsteadText, readingOf, type JobAdsScan } from '@/lib/tools/job-ads';
import { SourceNote } from './SourceNote';

const cell = 'border-b border-zinc-300 px-2 py-1.5 text-left align-top dark:border-zinc-700';

/** The scan's result: a table of named credentials, degrees, years of experience, and a plain reading. */
export function JobAdsResults({ scan, caveatSource }: { scan: Extract<JobAdsScan, { status: 'scanned' }>; caveatSource?: SourceRef }) {
  const n = scan.adCount;
  const { degrees } = scan;
  return (
    <div className="space-y-8">
      <section aria-labelledby="reading-heading" className="space-y-2">
        <h3 id="reading-heading" className="text-xl font-bold">
          What {n === 1 ? 'the ad asks' : `the ${n} ads ask`} for
        </h3>
        {readingOf(scan).map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          A job ad is a clue, not proof. When employers dropped a degree requirement from their ads, it changed who they hired in
          fewer than 1 in 700 hires in 2023, one study found. Ask people who hire for this job too.
        </p>
        {caveatSource ? <SourceNote sources={[caveatSource]} /> : null}
      </section>

      <section aria-labelledby="credentials-heading" className="space-y-2">
        <h3 id="credentials-heading" className="text-xl font-bold">Named credentials</h3>
        {scan.credentials.length === 0 ? (
          <p>None of the ads names a credential from our list of common ones. Read them for other names yourself.</p>
        ) : (
          <div role="region" aria-labelledby="credentials-caption" tabIndex={0} className="overflow-x-auto">
            <table className="w-full border-collapse text-sm sm:text-base">
              <caption id="credentials-caption" className="mb-2 text-left">
                Each credential the ads name, in how many of the {n} ads, and whether they call it required or preferred
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>Credential</th>
                  <th scope="col" className={cell}>Kind</th>
                  <th scope="col" className={cell}>Ads</th>
                  <th scope="col" className={cell}>Required</th>
                  <th scope="col" className={cell}>Preferred</th>
                  <th scope="col" className={cell}>Not said</th>
                </tr>
              </thead>
              <tbody>
                {scan.credentials.map((r) => (
                  <tr key={r.credential.id}>
                    <th scope="row" className={`${cell} font-semibold`}>
                      {r.credential.name}
                      <span className="block text-sm font-normal">{r.credential.issuer}</span>
                    </th>
                    <td className={cell}>
                      <a href={r.kind.guide.href}>{r.kind.label}</a>
                    </td>
                    <td className={cell}>
                      {r.ads} of {n}
                    </td>
                    <td className={cell}>{r.required}</td>
                    <td className={cell}>{r.preferred}</td>
                    <td className={cell}>{r.unstated}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {scan.credentials.length > 0 ? (
          <p className="text-sm">
            The kind links to what the guide says about that kind of credential. “Not said” means the ad names it without
            saying whether it is required.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="degrees-heading" className="space-y-2">
        <h3 id="degrees-heading" className="text-xl font-bold">Degrees</h3>
        <p>
          {degrees.ads} of {n} {n === 1 ? 'ad mentions' : 'ads mention'} a degree.
          {degrees.experienceInstead > 0 ? ` ${experienceInsteadText(degrees.experienceInstead, degrees.ads)}` : ''}
        </p>
        {degrees.levels.length > 0 ? (
          <ul className="list-disc pl-6">
            {degrees.levels.map((r) => (
              <li key={r.credential.id}>
                {r.credential.name}: {r.ads} of {n} {n === 1 ? 'ad' : 'ads'}
                {r.required ? `, required in ${r.required}` : ''}
                {r.preferred ? `, preferred in ${r.preferred}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        {degrees.levels[0] ? (
          <p>
            <a href={degrees.levels[0].kind.guide.href}>{degrees.levels[0].kind.guide.label}</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="experience-heading" className="space-y-2">
        <h3 id="experience-heading" className="text-xl font-bold">Years of experience</h3>
        {scan.experienceYears.length === 0 ? (
          <p>None of the ads asks for a number of years of experience.</p>
        ) : (
          <p>
            {scan.experienceYears.length} of {n} {n === 1 ? 'ad asks' : 'ads ask'} for years of experience. The fewest years each
            one asks for: {[...scan.experienceYears].sort((a, b) => a - b).join(', ')}.
          </p>
        )}
      </section>
    </div>
  );
}
