import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { devSecurityHeaders, formAnswerPolicy, previewImageHeaders, securityHeaders } from './lib/security/csp';

/**
 * Dependencies the bundler must compile: Next.js and React themselves, `server-only` (it works
 * only through the bundler's `react-server` condition) and packages that hold no code (a font).
 */
const BUNDLED = new Set(['next', 'react', 'react-dom', 'server-only', '@fontsource/inter']);

/** package.json's dependencies, less those the bundler must compile. */
function serverExternals(): string[] {
  const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
  return Object.keys(dependencies).filter((name) => !BUNDLED.has(name));
}

const nextConfig = {
  poweredByHeader: false,
  // `npm run dev` answers on 127.0.0.1 as well as localhost; without this, Next refused the dev
  // scripts to a page opened at 127.0.0.1 and nothing interactive worked.
  allowedDevOrigins: ['127.0.0.1'],
  // Next hashes the whole page on every request to make an ETag: about a seventh of the server's
  // time on an article. Pages change only when the site is rebuilt and redeployed, which is when
  // a CDN or reverse proxy in front revalidates them anyway.
  generateEtags: false,
  reactStrictMode: true,
  // The site uses no next/image. Left on, /_next/image resized any local file on request and
  // kept a cache file for each spelling of its address; unoptimized, it answers 404.
  images: { unoptimized: true },
  // Every package the server code depends on is loaded from node_modules as it is, instead of
  // bundled: the list is package.json's dependencies, so a Markdown plugin added there later is
  // never silently bundled. The pages read the content the build's check already parsed
  // (lib/content/snapshot.ts), so bundling the content pipeline bought nothing at run time, and
  // Turbopack compiled it into every server layer: on two cores the compile step took 23 s, and
  // 15 s without it (docs/decisions.md). Left to the bundler: see BUNDLED.
  serverExternalPackages: serverExternals(),
  experimental: {
    // Prefetch inlining bundles small prefetch responses together, and to decide which, the
    // build gzips every segment of every page. Our links never prefetch (components/layout/
    // Link.tsx), so that work bought nothing: about 1.5 s of CPU per 1,000 articles.
    prefetchInlining: false,
    // A page worker on every core. Next keeps a core for its own process, but scripts/build.mjs
    // renders the pages in a process of their own, which only hands pages out: on two cores
    // the second worker took the 1,000-article render from 19.3 to 18.1 s.
    cpus: availableParallelism(),
  },
  // `npm test` type-checks first, and CI runs it before anything lands; the build does not
  // repeat it (scripts/build.mjs says why).
  typescript: { ignoreBuildErrors: true },
  async headers() {
    // A later rule overrides an earlier one for the same header.
    return [
      // `next dev` serves Next's development runtime, which the site's script policy would block.
      { source: '/:path*', headers: process.env.NODE_ENV === 'development' ? devSecurityHeaders : securityHeaders },
      { source: '/:path*/opengraph-image', headers: previewImageHeaders },
      // A tool's or the checklist's answer to its form (a multipart POST) is rendered on request:
      // it gets the full policy as a header, with no script allowed (lib/security/csp.ts).
      {
        source: '/tools/:tool(program-claims|job-ads)',
        has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
        headers: [{ key: 'Content-Security-Policy', value: formAnswerPolicy }],
      },
      {
        source: '/checklist',
        has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
        headers: [{ key: 'Content-Security-Policy', value: formAnswerPolicy }],
      },
      // Search results without JavaScript are rendered on request too, and are plain HTML: the same.
      { source: '/search/results', headers: [{ key: 'Content-Security-Policy', value: formAnswerPolicy }] },
    ];
  },
} satisfies NextConfig;

export default nextConfig;
