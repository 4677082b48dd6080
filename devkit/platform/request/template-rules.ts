import type { Caller, Installation } from '../types';
import type { CompiledTemplate } from './compile-template';
import type { Reference } from './evaluate-expression';
import { MESSAGES } from './failure';
import { stringReferences, type CompiledString } from './template-string';

/**
 * The docs/platform.md "Request templates: substitution" placement rules, checked on the template itself (every key
 * is a literal, see template-expression.ts), so a violation is reported even when the offending value happens to be
 * empty:
 * - secure iparams only in `headers`; in host/path/query ⇒ "Invalid iparam substitution";
 * - context in path/query always, in host/headers only for serverless callers ("front-end templates cannot
 *   inject host/headers from context"; FDK 9.0.5 allowed context in host for serverless/SMI) and the
 *   installation page, which has no iparams before install and passes what the admin typed as context.
 * Returns the message of the first violation, or undefined.
 */
export function checkSubstitutionRules(compiled: CompiledTemplate, installation: Installation, caller: Caller): string | undefined {
  const fields: { place: 'host' | 'path' | 'query' | 'headers'; value: CompiledString }[] = [
    { place: 'host', value: compiled.host },
    { place: 'path', value: compiled.path },
    ...compiled.query.map(([, value]) => ({ place: 'query' as const, value })),
    ...compiled.headers.map(([, value]) => ({ place: 'headers' as const, value })),
  ];
  for (const { place, value } of fields) {
    for (const ref of stringReferences(value)) {
      if (place !== 'headers' && readsSecureIparam(ref, installation)) return MESSAGES.invalidIparam;
      if (caller === 'frontend' && ref.root === 'context' && (place === 'host' || place === 'headers')) {
        return `Invalid context substitution: front-end templates cannot use context in ${place}`;
      }
    }
  }
  return undefined;
}

/** `iparam.<secure key>`, or the whole `iparam` object while any key is secure. */
function readsSecureIparam(ref: Reference, installation: Installation): boolean {
  if (ref.root !== 'iparam') return false;
  if (ref.key === undefined) return installation.secureKeys.size > 0;
  return installation.secureKeys.has(String(ref.key));
}
