import type { RateLimiter } from '../rate-limiter';
import type { Caller, Clock, HostMap, Installation, InvokeTemplateArgs, RequestApi, RequestLogEntry, TemplateResponse } from '../types';
import { toTemplateError } from './failure';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './limits';
import { prepareRequest } from './prepare-request';
import { sendWithRetries } from './send-with-retries';
import { toResult, type CallResult } from './to-result';

export interface RequestApiOptions {
  /** Parsed config/requests.json. */
  templates: Readonly<Record<string, unknown>>;
  installation: Installation;
  hosts: HostMap;
  caller: Caller;
  /**
   * One limiter per installation, shared by its server and front-end APIs (docs/platform.md
   * "Request templates: limits": 50/min per installation).
   */
  limiter: RateLimiter;
  /**
   * Per attempt; default 15 000 ms (docs/platform.md "Request templates: limits"). `fdk run` takes 15000–30000 from
   * REQUEST_TIMEOUT (docs/platform.md "fdk run: the local harness"); not clamped here so tests can go lower.
   */
  timeoutMs?: number;
  /** Called once per invokeTemplate call, success or failure. Must not throw. */
  onLog?: (entry: RequestLogEntry) => void;
  clock: Clock;
}

/**
 * `$request` (caller 'server') or `client.request` (caller 'frontend') for one installation (docs/platform.md
 * "Request templates: invoking and results").
 */
export function createRequestApi(opts: RequestApiOptions): RequestApi {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;

  const call = async (name: string, args: InvokeTemplateArgs): Promise<CallResult & { method: string; url: string }> => {
    const prepared = prepareRequest(opts, name, args);
    if (!prepared.ok) {
      const { failure } = prepared;
      return { ok: false, error: toTemplateError(failure, 0), platformError: failure.kind, method: prepared.method ?? '', url: prepared.url ?? '' };
    }
    const req = prepared.request;
    const sent = await sendWithRetries({ ...req, timeoutMs, limiter: opts.limiter });
    return { ...toResult(sent), method: req.method, url: req.url.href };
  };

  return {
    async invokeTemplate(name: string, args: InvokeTemplateArgs = {}): Promise<TemplateResponse> {
      const at = opts.clock.now();
      const result = await call(name, args);
      const shape = result.ok ? result.response : result.error;
      opts.onLog?.({
        at,
        template: name,
        caller: opts.caller,
        method: result.method,
        url: result.url,
        status: shape.status,
        attempts: shape.attempts,
        ...(!result.ok && result.platformError !== undefined ? { platformError: result.platformError } : {}),
      });
      if (result.ok) return result.response;
      throw result.error;
    },
  };
}
