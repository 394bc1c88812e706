// The program-ad checker's browser bundle (built by lib/build/island-bundles.ts).
import { ClaimsChecker } from '@/components/tools/ClaimsChecker';
import { hydrateIsland } from '../hydrate';

hydrateIsland('program-claims', ClaimsChecker);
