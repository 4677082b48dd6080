import { TemplateSubstitutionError } from './template-expression';
import { compileString, type CompiledString } from './template-string';
import type { RequestTemplate } from './template-schema';

/**
 * A template with every substitutable field parsed, grouped by the docs/platform.md "Request templates: substitution"
 * placement that governs it.
 */
export interface CompiledTemplate {
  host: CompiledString;
  path: CompiledString;
  headers: readonly (readonly [name: string, value: CompiledString])[];
  query: readonly (readonly [name: string, value: CompiledString])[];
}

/** Header names and query keys are taken literally; a `<%` there is almost certainly a mistake. */
function literalKey(key: string): string {
  if (/<%|\$\{/.test(key)) throw new TemplateSubstitutionError(`substitution is not supported in the name "${key}"`);
  return key;
}

/** Throws TemplateSubstitutionError for any expression outside the supported subset. */
export function compileTemplate(template: RequestTemplate): CompiledTemplate {
  const entries = (map: Readonly<Record<string, string>>) =>
    Object.entries(map).map(([key, value]) => [literalKey(key), compileString(value)] as const);
  return {
    host: compileString(template.host),
    path: compileString(template.path),
    headers: entries(template.headers),
    query: entries(template.query),
  };
}
