import { getSearchDocuments } from '@/lib/search/documents';

export const dynamic = 'force-static';

/** The documents site search looks through; the browser builds its index from them. */
export function GET() {
  return Response.json(getSearchDocuments());
}
