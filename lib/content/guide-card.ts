import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { slug as slugSchema } from './fields';
import { guideFrontmatterSchema, type Step } from './guides';
import { parseYaml } from './yaml-file';

// The two fields, checked as the build checks them; the rest of the frontmatter is not read.
const cardSchema = guideFrontmatterSchema.pick({ title: true, step: true }).strip();
export type GuideCard = { title: string; step?: Step };

/**
 * An article's title and step, from its frontmatter alone, for a link preview drawn while the
 * site runs. Loading all the content for them would stall the server: about 6 s with 1,000
 * articles when the build's snapshot is missing or from another day. Undefined when there is
 * no such article (any slug that is not lowercase words and hyphens, so no path can climb out).
 */
export function readGuideCard(contentDir: string, slug: string): GuideCard | undefined {
  if (!slugSchema.safeParse(slug).success) return undefined;
  const file = path.join(/* turbopackIgnore: true */ contentDir, 'guides', `${slug}.md`);
  if (!existsSync(/* turbopackIgnore: true */ file)) return undefined;
  const source = readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  // The same YAML reader as the build, so dates stay text and the schema sees what it checked.
  const { data } = matter(source, { engines: { yaml: (raw: string) => (parseYaml(raw).data ?? {}) as object } });
  const card = cardSchema.safeParse(data);
  return card.success ? card.data : undefined;
}
