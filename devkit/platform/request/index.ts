/**
 * The local request method: `$request.invokeTemplate` / `client.request.invokeTemplate` (docs/platform.md
 * "Request templates: schema and options").
 */
export { createRequestApi, type RequestApiOptions } from './request-api';
export { parseRequestTemplate, type RequestTemplate, type ParsedTemplate } from './template-schema';
export { compileTemplate, type CompiledTemplate } from './compile-template';
export { checkSubstitutionRules } from './template-rules';
export { TemplateSubstitutionError } from './template-expression';
export type { PlatformErrorKind } from './failure';
export * from './limits';
