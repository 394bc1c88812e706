// The comparison's browser bundle (built by lib/finish/island-bundles.ts).
import { CompareApp } from '@/components/checklist/CompareApp';
import { hydrateIsland } from '../hydrate';

hydrateIsland('compare', CompareApp);
