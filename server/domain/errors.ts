/** The closed set of ways an outbound step can fail, each with one meaning for retry and for the log. */
export type AppErrorKind =
  | 'unavailable' // connection refused, 5xx: retry later
  | 'timeout' // the platform's 15 s request timeout (504): retry later
  | 'rate_limited' // 429 from Simpli, Freshdesk or the platform itself: retry after the hint
  | 'unauthorized' // 401/403: the service refused the API key from the installation settings; retrying cannot help
  | 'not_configured' // a setting the request needs is missing or invalid (the platform refused to send it)
  | 'freshdesk_key_rejected' // not tried: Freshdesk refuses the key, so no customer text is sent anywhere
  | 'rejected' // other 4xx: our payload was refused; retrying the same payload cannot help
  | 'invalid_response'; // 2xx with a body we cannot use (truncated, wrong types): retried, never written

export interface AppError {
  kind: AppErrorKind;
  /** The request template (or step) that failed. */
  step: string;
  status?: number;
  retryAfterSeconds?: number;
  /** The platform's own budget refused the call (not the service): nothing was sent, no attempt is spent. */
  byPlatform?: boolean;
  /** One human sentence, safe to log: never a key, header or payload. */
  message: string;
}

/** Thrown by adapters only; workflows catch it and turn it into an outcome. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'AppFailure';
  }
}
