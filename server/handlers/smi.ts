/**
 * Server methods the sidebar invokes (fdk-platform.md §4.12). Every path ends in exactly one renderData (§4.2).
 *
 * The sidebar uses retryTicket only. Regenerate and draft feedback go through front-end request templates
 * (simpliSidebarDraft, simpliDraftFeedback in config/requests.json) because they are cheaper against the
 * platform budgets: a Regenerate is 1 template request + 1 `$db` write from the browser, where an SMI would add
 * the invocation itself (1 SMI + 1 template + 1 `$db`); feedback is 1 template either way, plus 1 SMI here.
 * regenerateDraft and sendDraftFeedback therefore stay 501: they remain declared because the local platform's
 * own SMI tests (test/platform/smi.test.ts) invoke these manifest names against a probe script.
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
