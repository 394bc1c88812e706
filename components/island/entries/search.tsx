// Search results' browser bundle (built by lib/finish/island-bundles.ts).
import { SearchIsland } from '@/components/search/SearchIsland';
import { hydrateIsland } from '../hydrate';

hydrateIsland('search', SearchIsland);
