/** How the QA of one resolution is named, scheduled and saved (the shared job mechanism does the rest). */
import { z } from 'zod';
import { resolutionSchema, type QaRecord } from '../../contracts/qa-record';
import { ticketRecordKey } from '../../contracts/store-records';
import type { Resolution } from '../../domain/qa/types';
import type { JobIdentity } from '../jobs/finish-job';

/** What a scheduled QA retry carries (≤ 4 KB, fdk-platform.md §4.11). */
export const qaJobSchema = z.object({
  kind: z.literal('qa'),
  ticketId: z.number().int(),
  resolution: resolutionSchema,
  attempt: z.number().int().positive(),
  firstSeenAt: z.number(),
});
export type QaJob = z.infer<typeof qaJobSchema>;

/** Unique per installation and ≤ 30 characters (fdk-platform.md §4.11): the resolution id is ~6 characters. */
export const qaJobName = (ticketId: number, resolution: Resolution, attempt: number): string => `qa-${ticketId}-${resolution.id}-${attempt}`;

export const qaJob = (ticketId: number, resolution: Resolution, attempt: number, firstSeenAt: number): QaJob => ({
  kind: 'qa',
  ticketId,
  resolution,
  attempt,
  firstSeenAt,
});

export function qaIdentity(ticketId: number, resolution: Resolution): JobIdentity {
  return {
    label: `ticket ${ticketId}: QA`,
    spreadKey: ticketId,
    scheduleName: (attempt) => qaJobName(ticketId, resolution, attempt),
    scheduleData: (attempt, firstSeenAt) => qaJob(ticketId, resolution, attempt, firstSeenAt),
    recordKey: ticketRecordKey(ticketId),
    saveAs: (qa) => ({ v: 1, ticketId, qa }),
    outcome: (qa) => {
      const nothing = (qa as Partial<Pick<QaRecord, 'nothingToScore'>>).nothingToScore;
      return nothing ? `nothing to score yet: ${nothing.reason}` : undefined;
    },
  };
}
