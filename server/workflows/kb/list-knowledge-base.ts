/**
 * The scheduled knowledge-base sync, foundation version: it lists the Solutions categories where the walk starts
 * and says how many there are. The sync in slices (sync-knowledge-base.ts) is tested on its own and is wired to the
 * schedules next (issue 13).
 */
import type { HelpdeskPort, Log } from '../../ports';
import type { Invocation } from '../invocation';
import { reasonOf } from '../reason-of';

export async function listKnowledgeBase(inv: Invocation<{ helpdesk: HelpdeskPort; log: Log }>): Promise<void> {
  if (!inv.settings.feature_kb_sync) return inv.log.info('kb sync: switched off');
  try {
    const categories = await inv.helpdesk.listSolutions({ list: 'categories', page: 1 });
    inv.log.info(`kb sync: ${categories.ids.length} solution categories`);
  } catch (error) {
    inv.log.error(`kb sync: listing categories failed (${reasonOf(error)})`);
  }
}
