/**
 * SMI syncKnowledgeBase (docs/platform.md "Server method invocation (SMI)"): the full-page app's "Sync now". Begin
 * the run, sync (workflows/kb/sync-now.ts), answer where the sync stands.
 */
import * as z from 'zod/mini';
import type { HandlerDeps } from '../ports';
import { beginInvocation } from '../workflows/invocation';
import { syncKnowledgeBaseNow } from '../workflows/kb/sync-now';
import { describeFailure } from './describe-failure';

const payloadSchema = z.looseObject({ iparams: z._default(z.record(z.string(), z.unknown()), {}) });

export function createSyncKnowledgeBase(deps: HandlerDeps) {
  return async function syncKnowledgeBase(payload: unknown): Promise<void> {
    const parsed = payloadSchema.safeParse(payload);
    try {
      deps.answer(null, await syncKnowledgeBaseNow(beginInvocation(deps, parsed.success ? parsed.data.iparams : {}, 'syncKnowledgeBase')));
    } catch (error) {
      deps.log.error(`kb sync: Sync now failed (${describeFailure(error)})`);
      deps.answer({ status: 500, message: 'The sync could not start; see the app logs' });
    }
  };
}
