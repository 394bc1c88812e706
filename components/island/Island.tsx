import type { ComponentType } from 'react';
import { SITE_SCRIPT_ATTRIBUTE } from '@/lib/finish/allow-list';
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE } from '@/lib/finish/islands';
import { scriptJsonText } from '@/lib/seo/json-ld';
import { islands, type IslandName, type IslandProps } from './registry';

/**
 * A client island: the component rendered into the page, and its props beside it as JSON. In
 * the browser, the island's own small bundle (./entries/<name>.tsx) hydrates it with React
 * alone; the build strips Next's runtime from every page (lib/finish/islands.ts). The props must
 * be plain data, as they travel as JSON.
 */
export function Island<N extends IslandName>({ name, props }: { name: N } & (IslandProps<N> extends undefined ? { props?: undefined } : { props: IslandProps<N> })) {
  // The props type follows the name; TypeScript cannot see that through the lookup.
  const Component = islands[name] as ComponentType<object>;
  return (
    <>
      {/* Shown (globals.css) only if the island's files fail to load: a network failure, a blocker. */}
      <p className="scripts-failed border-l-4 border-amber-600 p-3">
        This part of the page did not load, so it will not work. Check your connection, then reload the page.
      </p>
      <div {...{ [ISLAND_ATTRIBUTE]: name }}>
        <Component {...(props ?? {})} />
      </div>
      {/* A data block, never run: `<` is escaped so the text cannot end the element. */}
      <script type="application/json" {...{ [ISLAND_PROPS_ATTRIBUTE]: name, [SITE_SCRIPT_ATTRIBUTE]: '' }} dangerouslySetInnerHTML={{ __html: scriptJsonText(props ?? {}) }} />
    </>
  );
}
