import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security/csp';

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
} satisfies NextConfig;

export default nextConfig;
