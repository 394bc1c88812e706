// Search results' browser bundle (built by lib/finish/island-bundles.ts).
import { SearchResults } from '@/components/search/SearchResults';
import { hydrateIsland } from '../hydrate';

hydrateIsland('search', SearchResults);
