/**
 * onScheduledEvent (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/scheduled-events/):
 * parse, read the settings, run what the schedule's data says (workflows/scheduled-work.ts).
 */
import { describeIssues, scheduledEventSchema } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import type { HandlerDeps } from '../ports';
import { runScheduledWork } from '../workflows/scheduled-work';

export function createOnScheduledEvent(deps: HandlerDeps) {
  return async function onScheduledEventHandler(payload: unknown): Promise<void> {
    const parsed = scheduledEventSchema.safeParse(payload);
    if (!parsed.success) return deps.log.error(`onScheduledEvent: payload rejected (${describeIssues(parsed.error)})`);
    await runScheduledWork(deps, readSettings(parsed.data.iparams), parsed.data.data);
  };
}
