/**
 * Server methods the sidebar invokes (docs/platform.md "Server method invocation (SMI)"). Every path ends in exactly
 * one renderData (docs/platform.md "renderData").
 *
 * The sidebar needs only retryTicket; the full-page app's "Sync now" is syncKnowledgeBase. Regenerate and draft feedback go through front-end request templates
 * (simpliSidebarDraft, simpliDraftFeedback in config/requests.json) because they are cheaper against the
 * platform budgets: a Regenerate is 1 template request + 1 `$db` write from the browser, where an SMI would add
 * the invocation itself (1 SMI + 1 template + 1 `$db`).
 */
import type { HandlerDeps } from '../ports';
import { createRetryTicket } from './retry-ticket';
import { createSyncKnowledgeBase } from './sync-knowledge-base';

export const createSmiHandlers = (deps: HandlerDeps) => ({
  retryTicket: createRetryTicket(deps),
  syncKnowledgeBase: createSyncKnowledgeBase(deps),
});
