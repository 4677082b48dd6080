import type { InvokeTemplateArgs } from '../types';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The app's code runs untyped in the sandbox, so the invoke arguments (docs/platform.md
 * "Request templates: invoking and results") are checked at run time. `body` must be a string
 * ("send JSON.stringify(obj)"): whether the platform would stringify an object for us is not documented, so we refuse
 * rather than guess. Returns the rejection message or undefined.
 */
export function checkArgs(args: unknown): string | undefined {
  if (!isPlainObject(args)) return 'invokeTemplate arguments must be an object';
  const { context, body, query } = args as InvokeTemplateArgs & Record<string, unknown>;
  if (context !== undefined && !isPlainObject(context)) return 'context must be an object';
  if (body !== undefined && typeof body !== 'string') return 'body must be a string (use JSON.stringify)';
  if (query !== undefined) {
    if (!isPlainObject(query)) return 'query must be an object';
    const bad = Object.entries(query).find(([, v]) => !['string', 'number', 'boolean'].includes(typeof v));
    if (bad) return `query/${bad[0]} must be a string, number or boolean`;
  }
  return undefined;
}
