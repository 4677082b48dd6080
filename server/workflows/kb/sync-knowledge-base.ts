/**
 * The scheduled knowledge-base sync, foundation version: it lists the Solutions categories where the sync starts
 * and says how many there are. The incremental sync into Simpli KB is issue 13's.
 */
import type { Invocation } from '../invocation';
import type { HelpdeskPort, Log } from '../../ports';
import { reasonOf } from '../reason-of';

export async function syncKnowledgeBase(inv: Invocation<{ helpdesk: HelpdeskPort; log: Log }>): Promise<void> {
  if (!inv.settings.feature_kb_sync) return inv.log.info('kb sync: switched off');
  try {
    const categories = await inv.helpdesk.solutionCategories();
    inv.log.info(`kb sync: ${categories.length} solution categories`);
  } catch (error) {
    inv.log.error(`kb sync: listing categories failed (${reasonOf(error)})`);
  }
}
