import { startTransition, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE } from '@/lib/finish/islands';

/**
 * Hydrates every copy of one island in the page with React alone: no Next.js runtime, no router.
 * Its props are the JSON that <Island> wrote beside it. Hydrating inside a transition lets React
 * do the work in short slices, between which the browser can paint and answer a tap (which makes
 * React hydrate the part tapped first); as an ordinary update it was one long task.
 */
export function hydrateIsland<P extends object>(name: string, Component: ComponentType<P>) {
  for (const root of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}="${name}"]`)) {
    const data = root.nextElementSibling;
    if (!data?.matches(`script[${ISLAND_PROPS_ATTRIBUTE}="${name}"]`)) throw new Error(`Island ${name} has no props beside it`);
    const props = JSON.parse(data.textContent ?? '{}') as P;
    startTransition(() => {
      hydrateRoot(root, <Component {...props} />);
    });
  }
}
