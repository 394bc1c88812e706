import { fileURLToPath } from 'node:url';
import { loadContent, type Content } from '@/lib/content/load';
import { compileClaimRules } from '@/lib/tools/claims';
import { compileCredentialNames } from '@/lib/tools/job-ads';

let content: Content | undefined;

/** The real content, loaded once for the tools' tests. */
export function realContent(): Content {
  content ??= loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
  return content;
}

export const realClaimRules = () => compileClaimRules(realContent().claimRules);
export const realCredentialNames = () => compileCredentialNames(realContent().credentialNames);
