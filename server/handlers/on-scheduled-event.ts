/**
 * onScheduledEvent (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/scheduled-events/):
 * dispatched on the `kind` the schedule carries — the recurring `sweep`, a backlog `pump`, and the one-time
 * retries of sentiment and QA (and of triage, from before the backlog); anything else is the KB sync (foundation
 * version: lists the Solutions categories).
 */
import { z } from 'zod';
import { describeIssues, scheduledEventSchema } from '../contracts/events';
import { readSettings, type Settings } from '../contracts/iparams';
import { PUMP_KIND } from '../domain/jobs/pumps';
import { isSweep } from '../domain/schedules/sweep';
import type { HandlerDeps } from '../ports';
import { runPump } from '../workflows/jobs/pump';
import { sweepBacklog } from '../workflows/jobs/reclaim';
import { qaJobSchema } from '../workflows/qa/finish-qa';
import { resumeQa } from '../workflows/qa/resume-qa';
import { sentimentJobSchema } from '../workflows/sentiment/finish-sentiment';
import { resumeSentiment } from '../workflows/sentiment/resume-sentiment';
import { sweep } from '../workflows/schedules/sweep';
import { resumeTriage } from '../workflows/triage/triage-ticket';
import { describeFailure } from './describe-failure';

/** A per-job triage schedule made before the backlog: run as attempt `attempt` through the lifecycle. */
const triageJob = z.object({ kind: z.literal('triage'), ticketId: z.number().int(), attempt: z.number().int().positive() });
const pumpJob = z.object({ kind: z.literal(PUMP_KIND), slot: z.number().int().min(0) });

type Dispatch = (deps: HandlerDeps, settings: Settings, data: unknown) => Promise<boolean>;

/** The table of scheduled kinds: each answers false when the data is not its own. */
const KINDS: readonly Dispatch[] = [
  async (deps, settings, data) => {
    const pump = pumpJob.safeParse(data);
    if (pump.success) await runPump(deps, settings, pump.data.slot);
    return pump.success;
  },
  async (deps, settings, data) => {
    const job = triageJob.safeParse(data);
    if (job.success) await resumeTriage(deps, settings, { ticketId: job.data.ticketId }, { origin: 'backlog', from: job.data.attempt });
    return job.success;
  },
  async (deps, settings, data) => {
    const job = sentimentJobSchema.safeParse(data);
    if (job.success) await resumeSentiment(deps, settings, job.data);
    return job.success;
  },
  async (deps, settings, data) => {
    const job = qaJobSchema.safeParse(data);
    if (job.success) await resumeQa(deps, settings, job.data);
    return job.success;
  },
];

export function createOnScheduledEvent(deps: HandlerDeps) {
  const { templates, log } = deps;
  return async function onScheduledEventHandler(payload: unknown): Promise<void> {
    const parsed = scheduledEventSchema.safeParse(payload);
    if (!parsed.success) return log.error(`onScheduledEvent: payload rejected (${describeIssues(parsed.error)})`);
    const data = parsed.data.data;
    const settings = readSettings(parsed.data.iparams);
    if (isSweep(data)) {
      // Every 5 minutes: tidy the schedule index, reconcile with Freshdesk, take over expired runs, keep the pumps going.
      await sweep(deps);
      await sweepBacklog(deps, settings);
      return;
    }
    for (const kind of KINDS) if (await kind(deps, settings, data)) return;
    if (!settings.feature_kb_sync) return log.info('kb sync: switched off');
    try {
      const categories = await templates.call('freshdeskListSolutionCategories');
      log.info(`kb sync: ${Array.isArray(categories) ? categories.length : 0} solution categories`);
    } catch (error) {
      log.error(`kb sync: listing categories failed (${describeFailure(error)})`);
    }
  };
}
