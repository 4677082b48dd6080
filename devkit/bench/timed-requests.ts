/**
 * Wraps the platform's request layer to note when each template request started and ended (real time), so a
 * run's serial round trips can be counted: requests that overlap are one trip, requests that wait for another
 * are the next.
 */
import { createRequestApi, type RequestApiOptions } from '../platform/request';
import type { RequestApi } from '../platform/types';

export interface TimedRequest {
  template: string;
  start: number;
  end: number;
}

export function timedRequests(): { factory: (options: RequestApiOptions) => RequestApi; taken: TimedRequest[] } {
  const taken: TimedRequest[] = [];
  const factory = (options: RequestApiOptions): RequestApi => {
    const api = createRequestApi(options);
    return {
      async invokeTemplate(name, args) {
        const start = performance.now();
        try {
          return await api.invokeTemplate(name, args);
        } finally {
          taken.push({ template: name, start, end: performance.now() });
        }
      },
    };
  };
  return { factory, taken };
}

/** The longest chain of requests each starting after the previous ended: the round trips a run waited for. */
export function serialRoundTrips(requests: readonly TimedRequest[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  for (const [i, r] of sorted.entries()) {
    let prior = 0;
    for (let j = 0; j < i; j += 1) if ((sorted[j]?.end ?? Infinity) <= r.start) prior = Math.max(prior, depth[j] ?? 0);
    depth.push(prior + 1);
  }
  return Math.max(0, ...depth);
}
