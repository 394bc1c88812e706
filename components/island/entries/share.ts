// The article share bar's browser bundle (built by lib/finish/island-bundles.ts): plain DOM
// code for markup a server component renders, so no React and no props. The attribute is
// written out rather than imported from lib/finish/islands.ts, which every React island
// imports too: sharing it would put a chunk of React's islands on every article.
import { startShareBar } from '@/components/share/share-bar';

for (const bar of document.querySelectorAll<HTMLElement>('[data-island="share"]')) startShareBar(bar);
