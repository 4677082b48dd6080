/**
 * onScheduledEvent (fdk-platform.md §4.7, §4.11). Foundation version: the KB sync's first step, listing the
 * Solutions categories; the article walk and deferred-work retries come with their features.
 */
import { describeIssues, scheduledEventSchema } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import type { HandlerDeps } from '../ports';
import { describeFailure } from './describe-failure';

export function createOnScheduledEvent({ templates, log }: HandlerDeps) {
  return async function onScheduledEventHandler(payload: unknown): Promise<void> {
    const parsed = scheduledEventSchema.safeParse(payload);
    if (!parsed.success) return log.error(`onScheduledEvent: payload rejected (${describeIssues(parsed.error)})`);
    if (!readSettings(parsed.data.iparams).feature_kb_sync) return log.info('kb sync: switched off');
    try {
      const categories = await templates.call('freshdeskListSolutionCategories');
      log.info(`kb sync: ${Array.isArray(categories) ? categories.length : 0} solution categories`);
    } catch (error) {
      log.error(`kb sync: listing categories failed (${describeFailure(error)})`);
    }
  };
}
