/**
 * onScheduledEvent (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/scheduled-events/):
 * parse, begin the run (its settings and start), run what the schedule's data says (workflows/scheduled-work.ts).
 */
import { describeIssues, scheduledEventSchema } from '../contracts/events';
import type { HandlerDeps } from '../ports';
import { beginInvocation } from '../workflows/invocation';
import { runScheduledWork } from '../workflows/scheduled-work';

export function createOnScheduledEvent(deps: HandlerDeps) {
  return async function onScheduledEventHandler(payload: unknown): Promise<void> {
    const parsed = scheduledEventSchema.safeParse(payload);
    if (!parsed.success) return deps.log.error(`onScheduledEvent: payload rejected (${describeIssues(parsed.error)})`);
    await runScheduledWork(beginInvocation(deps, parsed.data.iparams, 'onScheduledEvent'), parsed.data.data);
  };
}
