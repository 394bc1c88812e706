import { describe, expect, it } from 'vitest';
import { islandEntryNames } from '@/lib/finish/island-bundles';
import { islands } from '@/components/island/registry';

describe('client islands', () => {
  it('each island a page can render has a browser bundle entry, and each entry an island', () => {
    expect(islandEntryNames().sort()).toEqual(Object.keys(islands).sort());
  });
});
