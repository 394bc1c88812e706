// Search results' browser bundle (built by lib/build/island-bundles.ts).
import { SearchResults } from '@/components/search/SearchResults';
import { hydrateIsland } from '../hydrate';

hydrateIsland('search', SearchResults);
