// The job-ads scan's browser bundle (built by lib/build/island-bundles.ts).
import { JobAdsScanner } from '@/components/tools/JobAdsScanner';
import { hydrateIsland } from '../hydrate';

hydrateIsland('job-ads', JobAdsScanner);
