import { entriesOf, isObject, show } from '../json';
import { MAX_ATTEMPTS, RETRY_DELAY_MS, TEMPLATE_NAME } from '../limits';
import type { Problem } from '../problem';
import { error, warning } from '../problem';
import type { AppSnapshot } from '../snapshot';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const SCHEMA_KEYS = ['method', 'protocol', 'host', 'path', 'headers', 'query'];
/**
 * Upload fields exist in the schema but need the object store, which Freshdesk lacks (docs/platform.md
 * "Request templates: schema and options").
 */
const UPLOAD_KEYS = ['formData', 'file'];
const OPTION_KEYS = ['maxAttempts', 'retryDelay', 'oauth', 'security'];
const SUBSTITUTION = /<%=?[\s\S]*?%>/g;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Each template in config/requests.json against the schema of docs/platform.md "Request templates: schema and options":
 * `{ schema: { method, host, protocol?, path?, headers?, query? }, options? }`, host a bare FQDN, path starting with
 * '/', and never a `body`. Messages start with the FDK's own phrase (docs/platform.md
 * "Request templates: schema and options", "fdk validate") and name the template after it.
 */
export function checkRequestSchemas(s: AppSnapshot): Problem[] {
  const file = s.requests.file;
  return entriesOf(s.requests.value).flatMap(([name, template]) => checkTemplate(file, name, template));
}

function checkTemplate(file: string, name: string, template: unknown): Problem[] {
  const at = ` (template '${name}')`;
  const problems: Problem[] = [];
  if (!TEMPLATE_NAME.test(name)) problems.push(error(file, `Invalid request template name '${name}': use letters, digits, _ and -`));
  if (!isObject(template)) return [...problems, error(file, `Request template must be object${at}`)];
  for (const key of Object.keys(template)) {
    if (key !== 'schema' && key !== 'options') problems.push(error(file, `Request template must NOT have additional properties '${key}'${at}`));
  }
  const schema = template.schema;
  if (!isObject(schema)) problems.push(error(file, `Request template must have required property 'schema'${at}`));
  else problems.push(...checkSchema(file, schema, at));
  if (template.options !== undefined) problems.push(...checkOptions(file, template.options, at));
  return problems;
}

function checkSchema(file: string, schema: Record<string, unknown>, at: string): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(schema)) {
    if (UPLOAD_KEYS.includes(key)) problems.push(warning(file, `schema/${key} needs the object store, which Freshdesk does not offer${at}`));
    else if (!SCHEMA_KEYS.includes(key)) problems.push(error(file, `schema must NOT have additional properties '${key}'${at}`));
  }
  const { method, protocol, host, path } = schema;
  if (method === undefined) problems.push(error(file, `schema must have required property 'method'${at}`));
  else if (typeof method !== 'string' || !METHODS.includes(method)) {
    problems.push(error(file, `schema/method must be equal to one of the allowed values: ${METHODS.join(', ')}; found ${show(method)}${at}`));
  }
  if (protocol === 'http') problems.push(warning(file, `schema/protocol 'http' is tolerated only for local testing; submitted apps use https${at}`));
  else if (protocol !== undefined && protocol !== 'https') problems.push(error(file, `schema/protocol must be https, found ${show(protocol)}${at}`));
  if (host === undefined) problems.push(error(file, `schema must have required property 'host'${at}`));
  else problems.push(...checkHost(file, host, at));
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/'))) {
    problems.push(error(file, `Request template schema/path must start with '/'${at}`));
  }
  for (const key of ['headers', 'query']) {
    const block = schema[key];
    if (block === undefined) continue;
    if (!isObject(block)) problems.push(error(file, `schema/${key} must be object${at}`));
    else {
      for (const [k, v] of Object.entries(block)) {
        if (typeof v !== 'string') problems.push(error(file, `schema/${key}/${k} must be string${at}`));
      }
    }
  }
  return problems;
}

/**
 * docs/platform.md "Request templates: schema and options": FQDN only — no protocol, path, trailing slash, IP address,
 * port or URL-encoded characters.
 */
function checkHost(file: string, host: unknown, at: string): Problem[] {
  if (typeof host !== 'string' || host.trim() === '') return [error(file, `schema/host must be a non-empty string${at}`)];
  // Substitutions (`<%= iparam.x %>`) stand for one or more labels; check the literal text around them.
  const literal = host.replace(SUBSTITUTION, 'x');
  const hasSubstitution = literal !== host;
  const rule = (msg: string): Problem[] => [error(file, `Request template schema/host ${msg}${at}`)];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(literal)) return rule('must not have protocol');
  if (/[/?#]/.test(literal)) return rule('must not have path');
  if (/%[0-9a-f]{2}/i.test(literal)) return rule('must not have URL-encoded characters');
  if (IPV4.test(literal) || literal.includes('[')) return rule('must not be an IP address');
  if (literal.includes(':')) return rule('must not have port');
  if (!HOSTNAME.test(literal) || (!hasSubstitution && !literal.includes('.'))) return rule('must be a fully qualified domain name');
  return [];
}

function checkOptions(file: string, options: unknown, at: string): Problem[] {
  if (!isObject(options)) return [error(file, `options must be object${at}`)];
  const problems: Problem[] = [];
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) problems.push(error(file, `options must NOT have additional properties '${key}'${at}`));
  }
  const { maxAttempts, retryDelay, oauth, security } = options;
  const between = (v: unknown, lo: number, hi: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
  if (maxAttempts !== undefined && !between(maxAttempts, MAX_ATTEMPTS.min, MAX_ATTEMPTS.max)) {
    problems.push(error(file, `options/maxAttempts must be an integer from ${MAX_ATTEMPTS.min} to ${MAX_ATTEMPTS.max}${at}`));
  }
  if (retryDelay !== undefined && !between(retryDelay, RETRY_DELAY_MS.min, RETRY_DELAY_MS.max)) {
    problems.push(error(file, `options/retryDelay must be an integer from ${RETRY_DELAY_MS.min} to ${RETRY_DELAY_MS.max} (ms)${at}`));
  }
  if (oauth !== undefined && typeof oauth !== 'string') problems.push(error(file, `options/oauth must be string${at}`));
  if (security !== undefined && !isObject(security)) problems.push(error(file, `options/security must be object${at}`));
  return problems;
}
