/**
 * `$schedule` (docs/platform.md "Scheduled events: the $schedule API"), one per installation, on the platform clock.
 *
 * Rules and where they come from:
 * - name unique per installation, duplicate ⇒ 400 "This Schedule name already exists" (docs/platform.md
 *   "Scheduled events: the $schedule API"); ≤ 30 characters (FDK 6.9; the current limit is not documented, so we keep
 * the stricter one: a name that passes here passes
 *   there).
 * - data a JSON object ≤ 4 KB (docs/platform.md "Scheduled events: the $schedule API", "Limits"), counted as
 *   the UTF-8 bytes of its JSON text.
 * - schedule_at ISO-8601; one without an offset is read as UTC, the documented default time zone (docs/platform.md
 *   "Scheduled events: the $schedule API").
 * - one-time: ≥ 5 minutes ahead (docs/platform.md "Scheduled events: the $schedule API", "Limits") and ≤ 1 year ahead
 *   (FDK 6.9).
 * - recurring: repeat { time_unit: minutes|hours|days, frequency } with FDK 6.9's maxima (60 / 24 / 30) and
 *   optional IANA timezone (default UTC, as FDK 6.9 fills it in). Intervals are absolute (a "1 day" schedule
 *   fires every 24 h, even across a DST change). A recurring schedule first fires at schedule_at, or at the
 *   first interval after it when schedule_at is already past.
 * - at most 1000 one-time and 1 recurring schedule per installation (docs/platform.md
 *   "Scheduled events: the $schedule API", "Limits").
 * - the app must register onScheduledEvent (FDK 6.9: "The app has not registered an onScheduledEvent").
 * - no rate limit is documented for $schedule (design-notes docs/platform.md "iparams.json rules"), so none is applied.
 * Replies: create/update/delete resolve `{ status: 200, message }`, fetch resolves the stored definition; errors
 * reject `{ status, message }` with FDK 6.9's wording [R2 lib/event_handler/features/schedule.js].
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cloneJson, isPlainObject, jsonBytes, platformError } from './json';
import type { Clock, ScheduleApi, ScheduleDefinition } from './types';

const MINUTE_MS = 60_000;

/**
 * docs/platform.md "Scheduled events: the $schedule API", "Limits" (and FDK 6.9 for the name length, the one-year
 * horizon and the frequency maxima).
 */
export const SCHEDULE_LIMITS = {
  maxOneTime: 1000,
  maxRecurring: 1,
  maxDataBytes: 4 * 1024,
  minLeadMs: 5 * MINUTE_MS,
  maxLeadMs: 525_600 * MINUTE_MS,
  maxNameLength: 30,
  maxFrequency: { minutes: 60, hours: 24, days: 30 },
} as const;

const UNIT_MS = { minutes: MINUTE_MS, hours: 60 * MINUTE_MS, days: 24 * 60 * MINUTE_MS } as const;
type TimeUnit = keyof typeof UNIT_MS;

export const SCHEDULE_MESSAGES = {
  created: 'Schedule created',
  updated: 'Schedule updated',
  deleted: 'Schedule deleted',
  notFound: 'Schedule does not exist',
  exists: 'This Schedule name already exists',
  maxRecurring: `The maximum number of recurring schedules is ${SCHEDULE_LIMITS.maxRecurring}`,
  maxOneTime: `The maximum number of one-time schedules is ${SCHEDULE_LIMITS.maxOneTime}`,
  nameType: 'Name must be of type string',
  nameLength: `Name length must not be greater than ${SCHEDULE_LIMITS.maxNameLength}`,
  dataType: "The 'data' value must be of type JSON",
  dataSize: "The size of the 'data' payload must not exceed 4Kb",
  iso: "The 'schedule_at' value must be an ISO string",
  tooSoon: "The 'schedule_at' value must be at least 5 minutes in the future",
  tooLate: "The 'schedule_at' value must not be greater than a year",
  notRegistered: 'The app has not registered an onScheduledEvent',
  timeUnit: 'Time unit must either be days, minutes or hours',
  timezone: 'Invalid timezone',
  frequencyType: "The 'frequency' value must be of type Number",
  frequencyMin: "The 'frequency' value must be greater than 0",
} as const;

/** One firing of a schedule: what onScheduledEvent receives as `data`, and when. */
export interface DueSchedule {
  name: string;
  data: Record<string, unknown>;
  /** Epoch ms (platform clock) the firing was due. */
  at: number;
  recurring: boolean;
}

export interface Scheduler extends ScheduleApi {
  /**
   * Takes every firing due at or before `now`, oldest first (ties in creation order). One-time schedules are
   * removed as they are taken; recurring ones advance by their interval (once per missed interval).
   */
  due(now: number): DueSchedule[];
  /** When the next firing is due, or undefined when nothing is scheduled. */
  nextDueAt(): number | undefined;
  /** Every stored definition, for tests and dev tools (the app has no listing call). */
  list(): ScheduleDefinition[];
}

export interface SchedulerOptions {
  clock: Clock;
  /** Persist to this JSON file (npm start); in memory when absent. */
  file?: string;
  /** Whether manifest.json registers onScheduledEvent; creating a schedule without it fails (FDK 6.9). */
  onScheduledEventRegistered?: boolean;
}

interface Entry {
  def: ScheduleDefinition;
  nextAt: number;
  seq: number;
}

export function createScheduler({ clock, file, onScheduledEventRegistered = true }: SchedulerOptions): Scheduler {
  const entries = file ? load(file) : new Map<string, Entry>();
  let seq = Math.max(0, ...[...entries.values()].map((e) => e.seq)) + 1;

  const persist = () => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify({ schedules: [...entries.values()] }, null, 2));
    renameSync(`${file}.tmp`, file);
  };

  const counts = (except?: string) => {
    let oneTime = 0;
    let recurring = 0;
    for (const [name, e] of entries) {
      if (name === except) continue;
      if (e.def.repeat) recurring += 1;
      else oneTime += 1;
    }
    return { oneTime, recurring };
  };

  /** Validates a create/update argument and answers the definition to store and its first firing. */
  const prepare = (input: unknown): Entry => {
    const def = validateWrite(input, clock.now(), onScheduledEventRegistered);
    const start = parseIso(def.schedule_at) as number;
    return { def, nextAt: def.repeat ? firstRecurringFire(start, def.repeat, clock.now()) : start, seq: seq++ };
  };

  const checkCaps = (def: ScheduleDefinition, except?: string) => {
    const { oneTime, recurring } = counts(except);
    if (def.repeat && recurring >= SCHEDULE_LIMITS.maxRecurring) throw platformError(400, SCHEDULE_MESSAGES.maxRecurring);
    if (!def.repeat && oneTime >= SCHEDULE_LIMITS.maxOneTime) throw platformError(400, SCHEDULE_MESSAGES.maxOneTime);
  };

  return {
    async create(input) {
      const entry = prepare(input);
      if (entries.has(entry.def.name)) throw platformError(400, SCHEDULE_MESSAGES.exists);
      checkCaps(entry.def);
      entries.set(entry.def.name, entry);
      persist();
      return { status: 200, message: SCHEDULE_MESSAGES.created };
    },

    async fetch(input) {
      const name = validateName(input);
      const entry = entries.get(name);
      if (!entry) throw platformError(404, SCHEDULE_MESSAGES.notFound);
      return cloneJson(entry.def);
    },

    async update(input) {
      const entry = prepare(input);
      if (!entries.has(entry.def.name)) throw platformError(404, SCHEDULE_MESSAGES.notFound);
      checkCaps(entry.def, entry.def.name);
      entries.set(entry.def.name, entry);
      persist();
      return { status: 200, message: SCHEDULE_MESSAGES.updated };
    },

    async delete(input) {
      const name = validateName(input);
      if (!entries.delete(name)) throw platformError(404, SCHEDULE_MESSAGES.notFound);
      persist();
      return { status: 200, message: SCHEDULE_MESSAGES.deleted };
    },

    due(now) {
      const fired: Array<DueSchedule & { seq: number }> = [];
      for (const [name, entry] of entries) {
        const { repeat } = entry.def;
        while (entry.nextAt <= now) {
          fired.push({ name, data: cloneJson(entry.def.data), at: entry.nextAt, recurring: !!repeat, seq: entry.seq });
          if (!repeat) {
            entries.delete(name);
            break;
          }
          entry.nextAt += intervalMs(repeat);
        }
      }
      if (fired.length > 0) persist();
      return fired.sort((a, b) => a.at - b.at || a.seq - b.seq).map(({ seq: _seq, ...rest }) => rest);
    },

    nextDueAt() {
      let next: number | undefined;
      for (const e of entries.values()) if (next === undefined || e.nextAt < next) next = e.nextAt;
      return next;
    },

    list() {
      return [...entries.values()].sort((a, b) => a.seq - b.seq).map((e) => cloneJson(e.def));
    },
  };
}

function load(file: string): Map<string, Entry> {
  if (!existsSync(file)) return new Map();
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { schedules?: Entry[] };
  return new Map((parsed.schedules ?? []).map((e) => [e.def.name, e]));
}

function intervalMs(repeat: NonNullable<ScheduleDefinition['repeat']>): number {
  return repeat.frequency * UNIT_MS[repeat.time_unit];
}

function firstRecurringFire(start: number, repeat: NonNullable<ScheduleDefinition['repeat']>, now: number): number {
  if (start >= now) return start;
  const step = intervalMs(repeat);
  return start + Math.ceil((now - start) / step) * step;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Epoch ms of an ISO-8601 string, or undefined. A string without an offset is UTC (docs/platform.md
 * "Scheduled events: the $schedule API" default TZ).
 */
export function parseIso(value: string): number | undefined {
  if (!ISO_8601.test(value)) return undefined;
  const hasZone = /T.*(Z|[+-]\d{2}:?\d{2})$/.test(value);
  const withZone = value.includes('T') && !hasZone ? `${value}Z` : value;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : ms;
}

function validateName(input: unknown): string {
  if (!isPlainObject(input) || !('name' in input)) {
    throw platformError(400, 'The following mandatory keys are missing - name');
  }
  if (typeof input.name !== 'string' || input.name.trim() === '') throw platformError(400, SCHEDULE_MESSAGES.nameType);
  return input.name;
}

function validateWrite(input: unknown, now: number, registered: boolean): ScheduleDefinition {
  if (!isPlainObject(input)) throw platformError(400, 'The following mandatory keys are missing - name,data,schedule_at');
  const missing = ['name', 'data', 'schedule_at'].filter((k) => !(k in input));
  if (input.repeat !== undefined) {
    const repeat = isPlainObject(input.repeat) ? input.repeat : {};
    missing.push(...['time_unit', 'frequency'].filter((k) => !(k in repeat)));
  }
  if (missing.length > 0) throw platformError(400, `The following mandatory keys are missing - ${missing.join(',')}`);

  const name = validateName(input);
  if (name.length > SCHEDULE_LIMITS.maxNameLength) throw platformError(400, SCHEDULE_MESSAGES.nameLength);
  if (!isPlainObject(input.data)) throw platformError(400, SCHEDULE_MESSAGES.dataType);
  if (jsonBytes(input.data) > SCHEDULE_LIMITS.maxDataBytes) throw platformError(400, SCHEDULE_MESSAGES.dataSize);
  const at = typeof input.schedule_at === 'string' ? parseIso(input.schedule_at) : undefined;
  if (at === undefined) throw platformError(400, SCHEDULE_MESSAGES.iso);
  if (input.repeat === undefined) {
    if (at - now < SCHEDULE_LIMITS.minLeadMs) throw platformError(400, SCHEDULE_MESSAGES.tooSoon);
    if (at - now > SCHEDULE_LIMITS.maxLeadMs) throw platformError(400, SCHEDULE_MESSAGES.tooLate);
  }
  if (!registered) throw platformError(400, SCHEDULE_MESSAGES.notRegistered);

  const def: ScheduleDefinition = {
    name,
    data: cloneJson(input.data),
    schedule_at: input.schedule_at as string,
  };
  if (input.repeat !== undefined) def.repeat = validateRepeat(input.repeat as Record<string, unknown>);
  return def;
}

function validateRepeat(repeat: Record<string, unknown>): NonNullable<ScheduleDefinition['repeat']> {
  const unit = repeat.time_unit;
  if (unit !== 'minutes' && unit !== 'hours' && unit !== 'days') throw platformError(400, SCHEDULE_MESSAGES.timeUnit);
  const timezone = repeat.timezone ?? 'UTC';
  if (typeof timezone !== 'string' || !isTimeZone(timezone)) throw platformError(400, SCHEDULE_MESSAGES.timezone);
  const { frequency } = repeat;
  if (typeof frequency !== 'number' || !Number.isFinite(frequency)) throw platformError(400, SCHEDULE_MESSAGES.frequencyType);
  // Not in FDK 6.9, which accepted 0.5 (a 30 s "minutes" schedule); an integer count is what the docs describe.
  if (frequency <= 0 || !Number.isInteger(frequency)) throw platformError(400, SCHEDULE_MESSAGES.frequencyMin);
  const max = SCHEDULE_LIMITS.maxFrequency[unit as TimeUnit];
  if (frequency > max) throw platformError(400, `The maximum frequency value for the '${unit}' parameter is ${max}`);
  return { time_unit: unit, frequency, timezone };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
