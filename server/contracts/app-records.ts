/** The installation-wide `$db` records (keys ≤ 60 characters, no listing: https://developers.freshworks.com/docs/app-sdk/v3.0/task/data-store/key-value-storage). */

/** The last install's report (domain/install/types.ts InstallReport): one record, overwritten by each install. */
export const INSTALL_REPORT_KEY = 'install:report';

