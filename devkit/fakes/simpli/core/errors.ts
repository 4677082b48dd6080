/**
 * simpli_core.errors (docs/simpli.md "Error responses"): a route raises one of these and the service answers
 * {"error_code", "detail", "request_id"} with the error's status.
 */
export class SimpliError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export const notFound = (detail: string): SimpliError => new SimpliError(404, 'NOT_FOUND', detail);

/** The codes core defines, for faults that ask a service for "its" 4xx/5xx (docs/simpli.md "Error responses" table). */
export const CORE_ERROR_CODES: Readonly<Record<number, readonly [string, string]>> = {
  401: ['AUTHENTICATION_ERROR', 'Authentication failed'],
  403: ['FORBIDDEN', 'Forbidden'],
  404: ['NOT_FOUND', 'Not found'],
  422: ['VALIDATION_ERROR', 'Validation failed'],
  429: ['RATE_LIMITED', 'Rate limit exceeded'],
  500: ['INTERNAL_ERROR', 'An internal error occurred'],
  502: ['EXTERNAL_SERVICE_ERROR', 'External service error'],
};

/** A route's own 4xx with only {"detail"} (Sentiment's 400s, FastAPI's 400 for an unparseable body). */
export class DetailOnlyError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}
