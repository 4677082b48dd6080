/**
 * The app cannot list its schedules (create/fetch/update/delete by name only: docs/platform.md, "Schedules: the recurring sweep and deleting what the app made"), so it
 * keeps the names of the one-time schedules it creates in one `$db` record, name → when it fires (epoch ms), to
 * delete them on uninstall. A one-time schedule is gone once it has fired, so entries past their time are
 * dropped by the hourly sweep; the record stays far below the 40 KB a record may hold (https://developers.freshworks.com/docs/app-sdk/v3.0/task/data-store/key-value-storage)
 * unless a burst schedules well over a thousand retries within the hour.
 */

export type PendingIndex = Readonly<Record<string, number>>;

/** Entries whose schedule has fired (with a minute's grace for a late firing). */
export function firedEntries(index: PendingIndex, now: number): string[] {
  return Object.entries(index)
    .filter(([, at]) => at + 60_000 < now)
    .map(([name]) => name);
}

/** The index as read from `$db`: anything else than name → number is ignored. */
export function readIndex(record: unknown): PendingIndex {
  if (typeof record !== 'object' || record === null) return {};
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, number] => typeof e[1] === 'number'));
}
