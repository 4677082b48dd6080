import { MESSAGES } from './failure';
import {
  DEFAULT_ATTEMPTS,
  DEFAULT_RETRY_DELAY_MS,
  MAX_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  METHODS,
  MIN_ATTEMPTS,
  MIN_RETRY_DELAY_MS,
  PROTOCOLS,
  type Method,
  type Protocol,
} from './limits';

/**
 * One entry of config/requests.json after its shape is checked (docs/platform.md
 * "Request templates: schema and options"); strings are still unrendered.
 */
export interface RequestTemplate {
  method: Method;
  protocol: Protocol;
  host: string;
  path: string;
  headers: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
  maxAttempts: number;
  retryDelayMs: number;
}

export type ParsedTemplate = { ok: true; template: RequestTemplate } | { ok: false; message: string };

const SCHEMA_KEYS = new Set(['method', 'protocol', 'host', 'path', 'headers', 'query']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class ShapeError extends Error {}

/** Header and query values: strings (numbers/booleans are printed, as the FDK's JSON-string templating would). */
function stringMap(value: unknown, field: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new ShapeError(`Request template schema/${field} must be an object`);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new ShapeError(`Request template schema/${field}/${key} must be a string`);
    }
    out[key] = String(v);
  }
  return out;
}

/**
 * `options.maxAttempts` 1–5 and `options.retryDelay` ≤ 1500 ms (docs/platform.md
 * "Request templates: schema and options"). FDK 6.9 silently clamped out-of-range values; we refuse them instead,
 * because the documented ranges are what the current validator enforces and a quietly clamped value would hide a config
 * error until upload.
 */
function integerOption(options: Record<string, unknown>, key: string, min: number, max: number, fallback: number): number {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ShapeError(`Request template options/${key} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function parseShape(raw: unknown): RequestTemplate {
  if (!isRecord(raw) || !isRecord(raw['schema'])) throw new ShapeError('Request template must have a schema object');
  const schema = raw['schema'];
  for (const key of Object.keys(schema)) {
    // docs/platform.md "Request templates: schema and options": the body is never part of the template; formData/file
    // need an object store Freshdesk does not have.
    if (!SCHEMA_KEYS.has(key)) throw new ShapeError(`Request template schema must NOT have additional properties '${key}'`);
  }
  const method = schema['method'];
  if (!METHODS.includes(method as Method)) {
    throw new ShapeError(`Request template schema/method must be one of ${METHODS.join(', ')}`);
  }
  const protocol = schema['protocol'] ?? 'https';
  if (!PROTOCOLS.includes(protocol as Protocol)) throw new ShapeError(MESSAGES.https);
  const host = schema['host'];
  if (typeof host !== 'string' || host === '') throw new ShapeError('Request template schema/host is required');
  const path = schema['path'] ?? '/';
  if (typeof path !== 'string') throw new ShapeError('Request template schema/path must be a string');
  const options = raw['options'] ?? {};
  if (!isRecord(options)) throw new ShapeError('Request template options must be an object');
  return {
    method: method as Method,
    protocol: protocol as Protocol,
    host,
    path,
    headers: stringMap(schema['headers'], 'headers'),
    query: stringMap(schema['query'], 'query'),
    maxAttempts: integerOption(options, 'maxAttempts', MIN_ATTEMPTS, MAX_ATTEMPTS, DEFAULT_ATTEMPTS),
    retryDelayMs: integerOption(options, 'retryDelay', MIN_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS, DEFAULT_RETRY_DELAY_MS),
  };
}

/**
 * Checks one requests.json entry against docs/platform.md "Request templates: schema and options". Pure, so a validator
 * can reuse it.
 */
export function parseRequestTemplate(raw: unknown): ParsedTemplate {
  try {
    return { ok: true, template: parseShape(raw) };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, message: error.message };
    throw error;
  }
}
