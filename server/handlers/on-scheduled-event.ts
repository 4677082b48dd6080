/**
 * onScheduledEvent (fdk-platform.md §4.7, §4.11): deferred work comes back here with the job it carries, told
 * apart by its `kind` (triage, sentiment, qa, and the hourly `sweep`); anything else is the KB sync (foundation
 * version: lists the Solutions categories).
 */
import { describeIssues, scheduledEventSchema } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import type { HandlerDeps } from '../ports';
import { qaJobSchema } from '../workflows/qa/finish-qa';
import { resumeQa } from '../workflows/qa/resume-qa';
import { sentimentJobSchema } from '../workflows/sentiment/finish-sentiment';
import { resumeSentiment } from '../workflows/sentiment/resume-sentiment';
import { resumeTriage } from '../workflows/triage/triage-ticket';
import { isSweep } from '../domain/schedules/sweep';
import { sweep } from '../workflows/schedules/sweep';
import { describeFailure } from './describe-failure';
import { z } from 'zod';

const triageJob = z.object({ kind: z.literal('triage'), ticketId: z.number().int(), attempt: z.number().int().positive(), firstSeenAt: z.number() });

export function createOnScheduledEvent(deps: HandlerDeps) {
  const { templates, log } = deps;
  return async function onScheduledEventHandler(payload: unknown): Promise<void> {
    const parsed = scheduledEventSchema.safeParse(payload);
    if (!parsed.success) return log.error(`onScheduledEvent: payload rejected (${describeIssues(parsed.error)})`);
    // The hourly recurring schedule: no template request, at most two `$db` operations.
    if (isSweep(parsed.data.data)) return sweep(deps);
    const settings = readSettings(parsed.data.iparams);
    const job = triageJob.safeParse(parsed.data.data);
    if (job.success) {
      await resumeTriage(deps, settings, job.data);
      return;
    }
    const sentiment = sentimentJobSchema.safeParse(parsed.data.data);
    if (sentiment.success) {
      await resumeSentiment(deps, settings, sentiment.data);
      return;
    }
    const qa = qaJobSchema.safeParse(parsed.data.data);
    if (qa.success) {
      await resumeQa(deps, settings, qa.data);
      return;
    }
    if (!settings.feature_kb_sync) return log.info('kb sync: switched off');
    try {
      const categories = await templates.call('freshdeskListSolutionCategories');
      log.info(`kb sync: ${Array.isArray(categories) ? categories.length : 0} solution categories`);
    } catch (error) {
      log.error(`kb sync: listing categories failed (${describeFailure(error)})`);
    }
  };
}
