import type { CompiledTemplate } from './compile-template';
import type { Scope } from './evaluate-expression';
import { renderString } from './template-string';

export interface RenderedTemplate {
  host: string;
  path: string;
  headers: Record<string, string>;
  query: Record<string, string>;
}

/** Renders every field over `{ iparam, context }`; throws TemplateSubstitutionError like lodash would throw. */
export function renderTemplate(compiled: CompiledTemplate, scope: Scope): RenderedTemplate {
  const render = (entries: CompiledTemplate['headers']) =>
    Object.fromEntries(entries.map(([key, value]) => [key, renderString(value, scope)]));
  return {
    host: renderString(compiled.host, scope),
    path: renderString(compiled.path, scope),
    headers: render(compiled.headers),
    query: render(compiled.query),
  };
}
