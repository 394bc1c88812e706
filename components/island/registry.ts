import { ChecklistApp } from '@/components/checklist/ChecklistApp';
import { CompareApp } from '@/components/checklist/CompareApp';
import { SearchIsland } from '@/components/search/SearchIsland';
import { ClaimsChecker } from '@/components/tools/ClaimsChecker';
import { JobAdsScanner } from '@/components/tools/JobAdsScanner';

/**
 * Every client island, by the name its page and its browser bundle use. Each one also needs a
 * file of that name in ./entries, which hydrates it in the browser (a unit test checks).
 */
export const islands = {
  checklist: ChecklistApp,
  compare: CompareApp,
  search: SearchIsland,
  'program-claims': ClaimsChecker,
  'job-ads': JobAdsScanner,
};

export type IslandName = keyof typeof islands;
export type IslandProps<N extends IslandName> = Parameters<(typeof islands)[N]>[0];
