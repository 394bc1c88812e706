import { ChecklistApp } from '@/components/checklist/ChecklistApp';
import { CompareApp } from '@/components/checklist/CompareApp';
import { FeedbackBlock } from '@/components/feedback/FeedbackBlock';
import { SearchResults } from '@/components/search/SearchResults';

/**
 * Every client island, by the name its page and its browser bundle use. Each one also needs a
 * file of that name in ./entries, which hydrates it in the browser (a unit test checks).
 */
export const islands = {
  checklist: ChecklistApp,
  compare: CompareApp,
  search: SearchResults,
  // A plain form that its script only enhances; it marks itself (components/feedback/FeedbackBlock.tsx).
  feedback: FeedbackBlock,
};

export type IslandName = keyof typeof islands;
export type IslandProps<N extends IslandName> = Parameters<(typeof islands)[N]>[0];
