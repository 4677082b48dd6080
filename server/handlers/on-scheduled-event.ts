/**
 * onScheduledEvent (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/scheduled-events/):
 * dispatched on the `kind` the schedule carries — the recurring `sweep`, a backlog `pump`, and the one-time
 * retries of triage, sentiment and QA made before the backlog; anything else is the KB sync (foundation version:
 * lists the Solutions categories).
 */
import * as z from 'zod/mini';
import { describeIssues, scheduledEventSchema } from '../contracts/events';
import { readSettings, type Settings } from '../contracts/iparams';
import { PUMP_KIND } from '../domain/jobs/pumps';
import { isSweep } from '../domain/schedules/sweep';
import type { HandlerDeps } from '../ports';
import { startJob, type StartOptions } from '../workflows/jobs/lifecycle';
import { runPump } from '../workflows/jobs/pump';
import { sweepBacklog } from '../workflows/jobs/reclaim';
import { qaDeclaration, qaInputSchema } from '../workflows/qa/qa-job';
import { sentimentDeclaration, sentimentInputSchema } from '../workflows/sentiment/sentiment-job';
import { sweep } from '../workflows/schedules/sweep';
import { resumeTriage, triageInputSchema } from '../workflows/triage/triage-ticket';
import { describeFailure } from './describe-failure';

const pumpJob = z.object({ kind: z.literal(PUMP_KIND), slot: z.int().check(z.minimum(0)) });

type Dispatch = (deps: HandlerDeps, settings: Settings, data: unknown) => Promise<boolean>;

/**
 * One-time retries made before the backlog (a real installation may still hold some): their data is the job's
 * input with its `kind` and `attempt`, so each runs through the lifecycle from that attempt (attempts only go up).
 */
function legacyRetry<I>(kind: string, input: z.ZodMiniType<I>, start: (deps: HandlerDeps, settings: Settings, input: I, options: StartOptions) => Promise<unknown>): Dispatch {
  const shape = z.object({ kind: z.literal(kind), attempt: z.int().check(z.positive()) });
  return async (deps, settings, data) => {
    const job = shape.safeParse(data);
    const parsed = input.safeParse(data);
    if (!job.success || !parsed.success) return false;
    await start(deps, settings, parsed.data, { origin: 'backlog', from: job.data.attempt });
    return true;
  };
}

const LEGACY_RETRIES: readonly Dispatch[] = [
  legacyRetry('triage', triageInputSchema, resumeTriage),
  legacyRetry('sentiment', sentimentInputSchema, (deps, settings, input, options) => startJob(deps, sentimentDeclaration(), settings, input, options)),
  legacyRetry('qa', qaInputSchema, (deps, settings, input, options) => startJob(deps, qaDeclaration(), settings, input, options)),
];

/** The table of scheduled kinds: each answers false when the data is not its own. */
const KINDS: readonly Dispatch[] = [
  async (deps, settings, data) => {
    const pump = pumpJob.safeParse(data);
    if (pump.success) await runPump(deps, settings, pump.data.slot);
    return pump.success;
  },
  ...LEGACY_RETRIES,
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
