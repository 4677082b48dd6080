/**
 * Server methods the sidebar invokes (fdk-platform.md §4.12). Every path ends in exactly one renderData
 * (§4.2). Declared now so the manifest, the bundle and the sidebar agree; they answer 501 until their
 * features land (retryTicket already works).
 */
import type { HandlerDeps } from '../ports';
import { createRetryTicket } from './retry-ticket';

function notYetAvailable(name: string, { log, renderData }: HandlerDeps) {
  return async function (_payload: unknown): Promise<void> {
    log.info(`${name}: not available in this version`);
    renderData()({ status: 501, message: `${name} is not available yet` });
  };
}

export const createSmiHandlers = (deps: HandlerDeps) => ({
  regenerateDraft: notYetAvailable('regenerateDraft', deps),
  sendDraftFeedback: notYetAvailable('sendDraftFeedback', deps),
  retryTicket: createRetryTicket(deps),
});
