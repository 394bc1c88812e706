// The checklist's browser bundle (built by lib/finish/island-bundles.ts).
import { ChecklistApp } from '@/components/checklist/ChecklistApp';
import { hydrateIsland } from '../hydrate';

hydrateIsland('checklist', ChecklistApp);
