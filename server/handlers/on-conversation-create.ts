/**
 * onConversationCreate (fdk-platform.md §4.6). Foundation version: analyses public customer replies with
 * Simpli Sentiment and logs the label; writing contact fields and escalation tags come with the sentiment feature.
 */
import { conversationEventSchema, describeIssues } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import type { HandlerDeps } from '../ports';
import { describeFailure } from './describe-failure';
import { requestId } from '../fdk/request-id';

export function createOnConversationCreate({ templates, log, clock }: HandlerDeps) {
  return async function onConversationCreateHandler(payload: unknown): Promise<void> {
    const parsed = conversationEventSchema.safeParse(payload);
    if (!parsed.success) return log.error(`onConversationCreate: payload rejected (${describeIssues(parsed.error)})`);
    const { conversation } = parsed.data.data;
    const where = `ticket ${conversation.ticket_id} conversation ${conversation.id}`;
    if (!readSettings(parsed.data.iparams).feature_sentiment) return log.info(`${where}: sentiment is switched off`);
    if (conversation.private || !conversation.incoming) return log.info(`${where}: skipped, not a public customer reply`);
    const text = conversation.body_text?.trim() ?? '';
    if (text === '' || conversation.user_id == null) return log.info(`${where}: skipped, empty reply or no customer`);
    try {
      const result = await templates.call('simpliAnalyzeSentiment', {
        context: { request_id: requestId(clock, conversation.ticket_id, 'sentiment') },
        body: JSON.stringify({ customer_id: String(conversation.user_id), text }),
      });
      const label = (result as { label?: unknown } | undefined)?.label;
      log.info(`${where}: sentiment ${typeof label === 'string' ? label : 'unknown'}`);
    } catch (error) {
      log.error(`${where}: sentiment failed (${describeFailure(error)})`);
    }
  };
}
