/** The installation-wide `$db` records (keys ≤ 60 characters, no listing: https://developers.freshworks.com/docs/app-sdk/v3.0/task/data-store/key-value-storage). */

/** The last install's report (domain/install/types.ts InstallReport): one record, overwritten by each install. */
export const INSTALL_REPORT_KEY = 'install:report';

/**
 * The one-time schedules the app created and that may still be pending: schedule name → when it fires (epoch
 * ms), plus PENDING_INDEX_MARK so the record never becomes empty ($db refuses an empty value, docs/platform.md
 * "Key-value store").
 */
export const PENDING_SCHEDULES_KEY = 'schedules:pending';
export const PENDING_INDEX_MARK = { kind: 'pending-schedules' } as const;
