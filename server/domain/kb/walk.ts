/**
 * The knowledge-base walk as a resumable cursor (issue 13): Freshdesk has no list of all articles, so a sync lists
 * categories → folders → subfolders (recursively) → articles, every page (docs/freshdesk.md "Solutions (knowledge
 * base)"). Each step is one listing, i.e. one request; the cursor after it says what is left, so a slice cut by time,
 * budget or a fault resumes exactly there. Depth first: a folder's articles come before the next folder, which keeps
 * the cursor short (one branch of the tree, not the whole frontier).
 */

/** One listing the walk still has to make: a page of one Solutions list. */
export type WalkStep =
  | { list: 'categories'; page: number }
  | { list: 'folders'; categoryId: number; page: number }
  | { list: 'subfolders'; folderId: number; page: number }
  | { list: 'articles'; folderId: number; page: number };

export interface WalkCursor {
  /** The full pass this walk belongs to, from 1: articles it sees are marked with it (removals are the unmarked). */
  pass: number;
  /** Listings left, the next one last. */
  pending: WalkStep[];
}

/** What one listing answered: the ids it names (categories or folders), and whether another page follows. */
export interface Listed {
  ids: readonly number[];
  more: boolean;
}

export const startWalk = (pass: number): WalkCursor => ({ pass, pending: [{ list: 'categories', page: 1 }] });

export const nextStep = (cursor: WalkCursor): WalkStep | undefined => cursor.pending[cursor.pending.length - 1];

export const walkDone = (cursor: WalkCursor): boolean => cursor.pending.length === 0;

/** The listing a category's or folder's id opens: a category its folders; a folder its articles first. */
const openedBy = (step: WalkStep, id: number): WalkStep =>
  step.list === 'categories' ? { list: 'folders', categoryId: id, page: 1 } : { list: 'articles', folderId: id, page: 1 };

/**
 * The cursor after the next step's listing answered `listed` (for an articles page, `ids` may be empty: the page's
 * articles are the caller's to sync). The step's next page runs after everything the page opened; a folder's
 * subfolders are listed once its articles are done. One entry (~50 bytes) per folder waiting: some 800 folders
 * waiting at once fit the store's 40 KB record.
 */
export function afterListing(cursor: WalkCursor, listed: Listed): WalkCursor {
  const step = nextStep(cursor);
  if (!step) return cursor;
  const rest = cursor.pending.slice(0, -1);
  if (step.list === 'articles') {
    const next: WalkStep = listed.more ? { ...step, page: step.page + 1 } : { list: 'subfolders', folderId: step.folderId, page: 1 };
    return { ...cursor, pending: [...rest, next] };
  }
  const nextPage: WalkStep[] = listed.more ? [{ ...step, page: step.page + 1 }] : [];
  // The stack runs from its end: the next page first, then the opened listings in reverse (first id first).
  const opened = listed.ids.map((id) => openedBy(step, id)).reverse();
  return { ...cursor, pending: [...rest, ...nextPage, ...opened] };
}
