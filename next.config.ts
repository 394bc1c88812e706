import type { NextConfig } from 'next';

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
} satisfies NextConfig;

export default nextConfig;
