// The feedback block's browser bundle (built by lib/finish/island-bundles.ts): plain DOM code,
// no React (components/feedback/enhance.ts says why).
import { enhanceAllFeedback } from '@/components/feedback/enhance';

enhanceAllFeedback();
