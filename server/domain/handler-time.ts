/**
 * The platform's handler limit and request timeout (docs/platform.md, "Handler runs: fresh or warm, and killed
 * mid-run"): a stage of requests starts only if it can finish inside the limit even when a request takes the full
 * timeout; otherwise the rest is deferred rather than killed half-way.
 */
export const HANDLER_LIMIT_MS = 20_000;
export const REQUEST_TIMEOUT_MS = 15_000;
const SAFETY_MARGIN_MS = 1_000;

export const canStartStage = (elapsedMs: number): boolean => elapsedMs + REQUEST_TIMEOUT_MS + SAFETY_MARGIN_MS <= HANDLER_LIMIT_MS;
