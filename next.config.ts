import type { NextConfig } from 'next';
import { previewImageHeaders, securityHeaders } from './lib/security/csp';

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // A later rule overrides an earlier one for the same header.
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/opengraph-image', headers: previewImageHeaders },
      { source: '/:path*/opengraph-image', headers: previewImageHeaders },
    ];
  },
} satisfies NextConfig;

export default nextConfig;
