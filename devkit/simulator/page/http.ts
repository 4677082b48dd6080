/** The page's calls to the simulator API (same origin, JSON both ways). */
import type { ApiError } from '../api';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as T | ApiError;
  if (!res.ok) {
    const err = body as ApiError;
    throw new ApiFailure(res.status, err.error ?? `${res.status}`, err.details);
  }
  return body as T;
}

export async function getJson<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { cache: 'no-store' }));
}

export async function postJson<T>(path: string, body: unknown = {}): Promise<T> {
  return parse<T>(await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
}
