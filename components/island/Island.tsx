import type { ReactNode } from 'react';
import { ISLAND_MARKER } from '@/lib/build/islands';

/**
 * Wrap every client island in this where a page renders it. The build keeps Next's scripts only
 * on pages that have one, and serves every other page as plain HTML (lib/build/islands.ts).
 */
export function Island({ children }: { children: ReactNode }) {
  return <div {...ISLAND_MARKER}>{children}</div>;
}
