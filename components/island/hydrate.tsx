import type { ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE } from '@/lib/build/islands';

/**
 * Hydrates every copy of one island in the page with React alone: no Next.js runtime, no router.
 * Its props are the JSON that <Island> wrote beside it.
 */
export function hydrateIsland<P extends object>(name: string, Component: ComponentType<P>) {
  for (const root of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}="${name}"]`)) {
    const data = root.nextElementSibling;
    if (!data?.matches(`script[${ISLAND_PROPS_ATTRIBUTE}="${name}"]`)) throw new Error(`Island ${name} has no props beside it`);
    hydrateRoot(root, <Component {...(JSON.parse(data.textContent ?? '{}') as P)} />);
  }
}
