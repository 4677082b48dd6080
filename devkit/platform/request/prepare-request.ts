import { validateHeaderName, validateHeaderValue } from 'node:http';
import type { Caller, HostMap, Installation, InvokeTemplateArgs } from '../types';
import { buildUrl, mapToLocal } from './build-url';
import { checkArgs } from './check-args';
import { compileTemplate } from './compile-template';
import { badRequest, MESSAGES, type Failure } from './failure';
import { MAX_REQUEST_BODY_BYTES } from './limits';
import { renderTemplate, type RenderedTemplate } from './render-template';
import { TemplateSubstitutionError } from './template-expression';
import { checkSubstitutionRules } from './template-rules';
import { parseRequestTemplate } from './template-schema';
import { checkHost, checkPath } from './url-rules';

export interface PrepareContext {
  templates: Readonly<Record<string, unknown>>;
  installation: Installation;
  hosts: HostMap;
  caller: Caller;
}

export interface PreparedRequest {
  method: string;
  /**
   * What the app asked for (template host); safe to log: secure iparams can only be in headers (docs/platform.md
   * "Request templates: substitution").
   */
  url: URL;
  /** Where it really goes (host map); undefined when unmapped. */
  target: URL | undefined;
  headers: Record<string, string>;
  body: string | undefined;
  maxAttempts: number;
  retryDelayMs: number;
}

export type Prepared = { ok: true; request: PreparedRequest } | { ok: false; failure: Failure; method?: string; url?: string };

/**
 * The FDK turns any error thrown while templating into 400 "Error while substituting the templates" (FDK 6.9
 * proxy.js). Besides our own TemplateSubstitutionError that includes e.g. the TypeError of printing a
 * null-prototype object.
 */
const substitutionFailure = (error: unknown): Failure => {
  const detail = error instanceof TemplateSubstitutionError ? error.message : String(error);
  return badRequest('invalid_template', `${MESSAGES.substitution}: ${detail}`);
};

/** Header names/values Node would refuse (e.g. a context value with a line break: header injection). */
function checkHeaders(headers: Readonly<Record<string, string>>): string | undefined {
  for (const [name, value] of Object.entries(headers)) {
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch {
      return `Invalid value for header '${name}'`;
    }
  }
  return undefined;
}

/**
 * Everything that happens before the first byte is sent: template lookup and shape (docs/platform.md
 * "Request templates: schema and options"), placement rules (docs/platform.md "Request templates: substitution"),
 * rendering, URL rules (docs/platform.md "Request templates: schema and options") and the body limit (docs/platform.md
 * "Request templates: limits"). None of it touches the rate limit: a request refused here never leaves the platform.
 */
export function prepareRequest(ctx: PrepareContext, name: string, args: InvokeTemplateArgs): Prepared {
  if (!Object.hasOwn(ctx.templates, name)) return { ok: false, failure: badRequest('invalid_template', `Request template not found: ${name}`) };
  const parsed = parseRequestTemplate(ctx.templates[name]);
  if (!parsed.ok) return { ok: false, failure: badRequest('invalid_template', parsed.message) };
  const template = parsed.template;
  const method = template.method;

  let rendered: RenderedTemplate;
  try {
    const compiled = compileTemplate(template);
    const violation = checkSubstitutionRules(compiled, ctx.installation, ctx.caller);
    if (violation !== undefined) return { ok: false, method, failure: badRequest('invalid_substitution', violation) };
    const argsProblem = checkArgs(args);
    if (argsProblem !== undefined) return { ok: false, method, failure: badRequest('invalid_args', argsProblem) };
    // Without a context, `context.x` renders '' rather than failing: lodash would see an empty object too.
    rendered = renderTemplate(compiled, { iparam: ctx.installation.iparams, context: args.context ?? {} });
  } catch (error) {
    return { ok: false, method, failure: substitutionFailure(error) };
  }

  const urlProblem = checkHost(rendered.host) ?? checkPath(rendered.path) ?? checkHeaders(rendered.headers);
  if (urlProblem !== undefined) return { ok: false, method, failure: badRequest('invalid_template', urlProblem) };
  const url = buildUrl(template.protocol, rendered.host, rendered.path, rendered.query, args.query);

  // docs/platform.md "Request templates: limits": request body ≤ 100 KB. 413 is the HTTP status for exactly this;
  // the docs name none.
  if (args.body !== undefined && Buffer.byteLength(args.body, 'utf8') > MAX_REQUEST_BODY_BYTES) {
    const failure: Failure = { kind: 'payload_too_large', status: 413, message: 'Request body exceeds the 100 KB limit' };
    return { ok: false, method, url: url.href, failure };
  }

  // The remote sees the template host, as it would behind real DNS (fakes may serve several hosts on one port).
  const hasHost = Object.keys(rendered.headers).some((h) => h.toLowerCase() === 'host');
  const headers = hasHost ? rendered.headers : { ...rendered.headers, Host: rendered.host };
  return {
    ok: true,
    request: {
      method,
      url,
      target: mapToLocal(url, ctx.hosts),
      headers,
      body: args.body,
      maxAttempts: template.maxAttempts,
      retryDelayMs: template.retryDelayMs,
    },
  };
}
