import type { ChecklistItem } from '@/lib/content/checklist';

/** Links from an article to the checklist questions it explains. */
export function ChecklistLinks({ items }: { items: ChecklistItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="checklist-links" className="no-print mt-12 rounded border-2 border-blue-700 p-4 dark:border-blue-400">
      <h2 id="checklist-links" className="text-xl font-bold">Check this for your program</h2>
      <p className="mt-1">This article explains these questions from the pre-enrollment checklist:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`/checklist#item-${item.id}`}>{item.question}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
