/**
 * onConversationCreate (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/product-events/):
 * parse, begin the run, and analyze the reply's sentiment (workflows/sentiment/new-reply.ts).
 */
import { actorNamed, conversationEventSchema, describeIssues } from '../contracts/events';
import type { HandlerDeps } from '../ports';
import { beginInvocation } from '../workflows/invocation';
import { analyzeNewReply } from '../workflows/sentiment/new-reply';

export function createOnConversationCreate(deps: HandlerDeps) {
  return async function onConversationCreateHandler(payload: unknown): Promise<void> {
    const parsed = conversationEventSchema.safeParse(payload);
    if (!parsed.success) return deps.log.error(`onConversationCreate: payload rejected (${describeIssues(parsed.error)})`);
    const inv = beginInvocation(deps, parsed.data.iparams, 'onConversationCreate');
    const { conversation, actor, ticket } = parsed.data.data;
    await analyzeNewReply(inv, conversation, ticket, actorNamed(actor, conversation.user_id));
  };
}
