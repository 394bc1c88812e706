import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { formAnswerPolicy, previewImageHeaders, securityHeaders } from './lib/security/csp';

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
  // Packages the server loads from node_modules as they are, instead of bundling them:
  // - opentype.js: bundled, its ES module build has no default export, while its CommonJS build,
  //   which Node picks (as in the unit tests), has only that;
  // - the content pipeline (unified, remark, rehype, micromark and their helpers, YAML, zod) and
  //   the search and feed libraries. The pages read the content the build's check already parsed
  //   (lib/content/snapshot.ts), so bundling these bought nothing at run time, and Turbopack
  //   compiled them into every server layer: on two cores the compile step took 23 s, and 15 s
  //   without them (README, "Speed").
  serverExternalPackages: [
    'opentype.js',
    ...['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-autolink-headings', 'rehype-sanitize', 'rehype-slug', 'rehype-stringify'],
    ...['micromark-extension-gfm-footnote', 'micromark-extension-gfm-strikethrough', 'micromark-extension-gfm-table', 'micromark-extension-gfm-task-list-item'],
    ...['mdast-util-gfm-footnote', 'mdast-util-gfm-strikethrough', 'mdast-util-gfm-table', 'mdast-util-gfm-task-list-item'],
    ...['hast-util-heading-rank', 'hast-util-to-string', 'unist-util-visit', 'unist-util-visit-parents'],
    ...['gray-matter', 'yaml', 'zod', 'minisearch', 'stemmer', 'feed'],
  ],
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
      { source: '/:path*', headers: securityHeaders },
      { source: '/:path*/opengraph-image', headers: previewImageHeaders },
      // A tool's answer to its form (a multipart POST) is rendered on request: it gets the full
      // policy as a header, with no script allowed (lib/security/csp.ts).
      {
        source: '/tools/:tool(program-claims|job-ads)',
        has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
        headers: [{ key: 'Content-Security-Policy', value: formAnswerPolicy }],
      },
    ];
  },
} satisfies NextConfig;

export default nextConfig;
