import 'server-only';
import path from 'node:path';
import { slug as slugSchema } from './fields';
import { splitFrontmatter } from './frontmatter';
import { guideFrontmatterSchema, type Step } from './guides';
import { readContentFile } from './read-file';

// The two fields, checked as the build checks them; the rest of the frontmatter is not read.
const cardSchema = guideFrontmatterSchema.pick({ title: true, step: true }).strip();
export type GuideCard = { title: string; step?: Step };

/**
 * An article's title and step, from its frontmatter alone, for a link preview drawn while the
 * site runs. Loading all the content for them would stall the server: about 6 s with 1,000
 * articles when the build's snapshot is missing or from another day. Undefined when there is
 * no such article (any slug that is not lowercase words and hyphens, so no path can climb out),
 * or when the file is one the content check refuses: a link, too large, not UTF-8, or front
 * matter in anything but YAML.
 */
export function readGuideCard(contentDir: string, slug: string): GuideCard | undefined {
  if (!slugSchema.safeParse(slug).success) return undefined;
  const read = readContentFile(path.join(/* turbopackIgnore: true */ contentDir, 'guides', `${slug}.md`), 'an article');
  if ('problem' in read) return undefined;
  // The same reader as the build, so dates stay text and the schema sees what it checked.
  const { yaml } = splitFrontmatter(read.text);
  const card = cardSchema.safeParse(yaml?.data);
  return card.success ? card.data : undefined;
}
