import type { MetadataRoute } from 'next';
import { getPublicRoutes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

export default function sitemap(): MetadataRoute.Sitemap {
  return getPublicRoutes().map((r) => ({ url: absoluteUrl(r.path), ...(r.lastModified ? { lastModified: r.lastModified } : {}) }));
}
