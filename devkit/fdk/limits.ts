/**
 * Every number the validators and the packer enforce, with where it comes from
 * (quoted names are sections of docs/platform.md).
 */

/** "Request templates: schema and options", "Limits": at most 100 request templates per app. */
export const MAX_REQUEST_TEMPLATES = 100;

/**
 * "fdk validate", "Limits": each file under app/ ≤ 2 MB — FDK 6.9 `app-dir.js` compares against 2 000 000 bytes, not
 * 2 MiB.
 */
export const MAX_APP_FILE_BYTES = 2_000_000;

/**
 * "fdk validate", "fdk pack", "Limits": the packed zip ≤ 5 MB — FDK 6.9 `pkgsize.js` (POST_PKG) compares against
 * 5 000 000 bytes.
 */
export const MAX_PACKAGE_BYTES = 5_000_000;

/** "Server method invocation (SMI)": SMI names are 2–40 characters of [A-Za-z0-9_] and do not start with a digit. */
export const SMI_NAME = /^[A-Za-z_][A-Za-z0-9_]{1,39}$/;

/**
 * Allowed `functions.<name>.timeout` values (seconds). Freshworks' own SMI reference gives two sets — 20/25/30
 * ("valid options") and, in its FAQ, 5/10/15/20 — and the official 3.0 samples use 10, 15 and 20
 * (github.com/freshworks-developers/request-method-samples@v3.0, marketplace
 * skills/app-dev/references/api/server-method-invocation-docs.md). The validator accepts every documented value
 * and keeps refusing anything else ("Timeout should be one of the allowed values").
 */
export const SMI_TIMEOUTS: readonly number[] = [5, 10, 15, 20, 25, 30];

/** "Request templates: schema and options" (skill-doc): template names are alphanumerics, `_` and `-`. */
export const TEMPLATE_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * "Request templates: schema and options" options: maxAttempts 1–5; retryDelay at most 1500 ms (FDK 6.9 clamps
 * to 0–1500).
 */
export const MAX_ATTEMPTS = { min: 1, max: 5 } as const;
export const RETRY_DELAY_MS = { min: 0, max: 1500 } as const;

/**
 * "Manifest (platform 3.0)" (FDK 6.9 `manifest.js`): icons were required to be exactly 64×64 px. Current FDK: unknown,
 * so a warning.
 */
export const ICON_SIZE_PX = 64;

/**
 * How long the validator lets server.js run its top-level code when loading it (FDK 6.9 SMI timeout,
 * "Serverless runtime: server.js").
 */
export const SERVER_LOAD_TIMEOUT_MS = 5000;
