/**
 * `client.instance.resize/send/close` (docs/platform.md "Front end: bootstrapping and the frame").
 *
 * Resize: `height` is a number of pixels or a string like "500px" (the documented form). The sidebar may be at
 * most 700 px tall; the docs state a maximum, not an error, so a taller request is clamped to 700 and resolves
 * `{ height: 700 }` (the log keeps the requested value). Zero, negative, non-numeric or other units ("50%",
 * "auto") reject `{ status: 400 }`.
 */
import { MAX_INSTANCE_HEIGHT_PX } from './protocol';
import { reject, type Outcome } from './interface-actions';

const PX = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i;

export function parseHeight(height: unknown): number | undefined {
  if (typeof height === 'number') return Number.isFinite(height) && height > 0 ? height : undefined;
  if (typeof height !== 'string') return undefined;
  const m = PX.exec(height);
  const n = m?.[1] === undefined ? NaN : Number(m[1]);
  return n > 0 ? n : undefined;
}

export function runResize(options: unknown): Outcome {
  const height = typeof options === 'object' && options !== null ? parseHeight((options as { height?: unknown }).height) : undefined;
  if (height === undefined) return reject('options.height must be a positive number of pixels, e.g. "500px" or 500');
  return { ok: true, value: { height: Math.min(Math.round(height), MAX_INSTANCE_HEIGHT_PX) } };
}

export function runSend(options: unknown): Outcome {
  const ok = typeof options === 'object' && options !== null && (options as { message?: unknown }).message !== undefined;
  return ok ? { ok: true, value: { success: true } } : reject('instance.send needs options.message');
}

export function runInstance(method: unknown, options: unknown): Outcome {
  if (method === 'resize') return runResize(options);
  if (method === 'send') return runSend(options);
  if (method === 'close') return { ok: true, value: { success: true } };
  return reject(`Unknown instance method ${JSON.stringify(method)}`);
}
