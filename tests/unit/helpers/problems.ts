import { loadContent } from '@/lib/content/load';
import { ContentError, type ContentProblem } from '@/lib/content/problems';

/** Every problem loadContent reports for `dir`, or none if it loads. */
export function problemsIn(dir: string): ContentProblem[] {
  try {
    loadContent(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
}

/** A problem as one short line without the temp folder: `research.yaml:12: figures[0].year: ...`. */
export const short = (p: ContentProblem) => `${p.file.split('/').slice(-1)[0]}${p.line ? `:${p.line}` : ''}: ${p.where}: ${p.message}`;
