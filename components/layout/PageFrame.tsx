import { Breadcrumbs } from '@/components/guide/Breadcrumbs';
import { JsonLd } from '@/components/seo/JsonLd';
import { breadcrumbList, type Crumb } from '@/lib/seo/json-ld';
import { navigation } from '@/lib/site';

export type { Crumb };

export const HOME: Crumb = { name: 'Home', path: '/' };

/** The crumb for a section in the header's navigation, named as the header names it. */
export function sectionCrumb(path: (typeof navigation)[number]['href']): Crumb {
  const item = navigation.find((n) => n.href === path);
  return { name: item?.label ?? path, path };
}

/**
 * Where a page sits, said once, at the top of the page's content: `trail` runs from the home page to the page itself (its last
 * crumb), and from it come the breadcrumbs a reader sees and the BreadcrumbList that search
 * engines read. The header marks the page's own section at render time as well
 * (components/layout/MainNav.tsx), so `npm run dev` and the production build agree.
 */
export function PageFrame({ trail }: { trail: Crumb[] }) {
  return (
    <>
      <JsonLd data={breadcrumbList(trail)} />
      <Breadcrumbs trail={trail} />
    </>
  );
}
