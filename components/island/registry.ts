import { ChecklistApp } from '@/components/checklist/ChecklistApp';
import { CompareApp } from '@/components/checklist/CompareApp';
import { SearchResults } from '@/components/search/SearchResults';

/**
 * Every client island, by the name its page and its browser bundle use. Each one also needs a
 * file of that name in ./entries, which hydrates it in the browser (a unit test checks).
 */
export const islands = {
  checklist: ChecklistApp,
  compare: CompareApp,
  search: SearchResults,
};

export type IslandName = keyof typeof islands;
export type IslandProps<N extends IslandName> = Parameters<(typeof islands)[N]>[0];
