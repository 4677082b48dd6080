/**
 * Platform rejections (template `{ status, errorSource, response }` docs/platform.md
 * "Request templates: invoking and results", SMI `{ status, message }` docs/platform.md
 * "Server method invocation (SMI)", `$db` `{ status, message }` docs/platform.md "Key-value store") → SidebarError.
 * Messages are ours: a rejection's body is never shown.
 */
import { SidebarError, type FailureKind } from '../port';

function statusOf(rejection: unknown): number | undefined {
  if (typeof rejection !== 'object' || rejection === null) return undefined;
  const status = (rejection as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function kindOf(status: number | undefined): FailureKind {
  if (status === undefined || status === 0) return 'offline';
  if (status === 429) return 'rate_limited';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 504) return 'timeout';
  // 503 is also what the platform's transport answers when it could not be reached at all.
  if (status >= 500) return 'unavailable';
  return 'rejected';
}

export const isNotFound = (rejection: unknown): boolean => statusOf(rejection) === 404;

export function toSidebarError(rejection: unknown, what: string): SidebarError {
  if (rejection instanceof SidebarError) return rejection;
  const status = statusOf(rejection);
  return new SidebarError(kindOf(status), `${what} failed${status === undefined ? '' : ` (HTTP ${status})`}`);
}
