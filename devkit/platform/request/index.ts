/** The local request method: `$request.invokeTemplate` / `client.request.invokeTemplate` (fdk-platform.md §2). */
export { createRequestApi, type RequestApiOptions } from './request-api';
export { parseRequestTemplate, type RequestTemplate, type ParsedTemplate } from './template-schema';
export { compileTemplate, type CompiledTemplate } from './compile-template';
export { checkSubstitutionRules } from './template-rules';
export { TemplateSubstitutionError } from './template-expression';
export type { PlatformErrorKind } from './failure';
export * from './limits';
