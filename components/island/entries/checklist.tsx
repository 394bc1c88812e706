// The checklist's browser bundle (built by lib/build/island-bundles.ts).
import { ChecklistApp } from '@/components/checklist/ChecklistApp';
import { hydrateIsland } from '../hydrate';

hydrateIsland('checklist', ChecklistApp);
