'use client';
import { downloadText } from './download-text';
import { dismissNotice, releaseHeld, type Notice } from './saved-store';

/** The name of the file that holds saved data this browser could not read. */
export const KEPT_ASIDE_FILE = 'saved-checklists-kept-aside.txt';

/**
 * A message about the reader's saved data, on the checklist and on compare alike: data set aside
 * (with its download), data that could not even be set aside (download or discard it before
 * anything is saved over it), or a change that could not be saved.
 */
export function SavedNotice({ notice }: { notice: Notice | undefined }) {
  if (!notice) return null;
  const { text, keptAside, held } = notice;
  return (
    <div role="alert" className="no-print space-y-2 border-l-8 border-amber-600 bg-amber-50 p-4 dark:border-amber-400 dark:bg-zinc-900">
      <p>{text}</p>
      <div className="flex flex-wrap gap-3">
        {keptAside !== undefined ? (
          <button
            type="button"
            onClick={() => {
              downloadText(KEPT_ASIDE_FILE, keptAside);
              if (held) releaseHeld('downloaded');
            }}
            className="button-secondary"
          >
            {held ? 'Download your saved checklists' : 'Download the copy we kept'}
          </button>
        ) : null}
        {held ? (
          <button type="button" onClick={() => releaseHeld('discarded')} className="button-secondary">
            Discard them
          </button>
        ) : (
          <button type="button" onClick={dismissNotice} className="button-secondary">
            OK
          </button>
        )}
      </div>
    </div>
  );
}
