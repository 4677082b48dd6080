/**
 * The scheduled knowledge-base sync, foundation version: it lists the Solutions categories where the sync starts
 * and says how many there are. The incremental sync into Simpli KB is issue 13's.
 */
import type { Settings } from '../../contracts/iparams';
import type { HelpdeskPort, Log } from '../../ports';
import { reasonOf } from '../reason-of';

export async function syncKnowledgeBase(deps: { helpdesk: HelpdeskPort; log: Log }, settings: Settings): Promise<void> {
  if (!settings.feature_kb_sync) return deps.log.info('kb sync: switched off');
  try {
    const categories = await deps.helpdesk.solutionCategories();
    deps.log.info(`kb sync: ${categories.length} solution categories`);
  } catch (error) {
    deps.log.error(`kb sync: listing categories failed (${reasonOf(error)})`);
  }
}
