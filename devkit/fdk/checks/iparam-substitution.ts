import { entriesOf, isObject } from '../json';
import type { Problem } from '../problem';
import { error, warning } from '../problem';
import type { AppSnapshot } from '../snapshot';

/** FDK 6.9 `checkSecure`'s words for a key that looks like a credential (lib/validations/iparam.js). */
const SECRET_HINTS = ['auth', 'token', 'key', 'secret'];
const SUBSTITUTION = /<%=?([\s\S]*?)%>/g;
const IPARAM_REF = /\biparam\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*['"]([^'"]+)['"]\s*\])/g;

/**
 * What request templates substitute (docs/platform.md "Request templates: substitution"): secure iparams only inside
 * `headers` ("Invalid iparam substitution" elsewhere — host, path and query are visible in URLs and logs), iparams that
 * config/iparams.json actually defines, and `<%= %>` rather than `{{ }}` placeholders. A custom iparams.html page marks
 * its secure keys at run time (postConfigs' `__meta.secure`), so there a key named like a credential (the FDK's own
 * hint words) outside headers is a warning.
 */
export function checkIparamSubstitution(s: AppSnapshot): Problem[] {
  const file = s.requests.file;
  const iparams = isObject(s.iparams.value) ? s.iparams.value : undefined;
  const secure = new Set(entriesOf(iparams).filter(([, def]) => isObject(def) && def.secure === true).map(([k]) => k));
  const looksSecure = (ref: string) => !iparams && s.hasIparamsHtml && SECRET_HINTS.some((h) => ref.toLowerCase().includes(h));
  const problems: Problem[] = [];
  for (const [name, template] of entriesOf(s.requests.value)) {
    const schema = isObject(template) ? template.schema : undefined;
    if (!isObject(schema)) continue;
    for (const [field, text] of fieldsOf(schema)) {
      const at = `schema/${field} of request template '${name}'`;
      if (/\{\{[\s\S]*?\}\}/.test(text)) problems.push(error(file, `Invalid substitution in ${at}: use <%= … %>, not {{ … }}`));
      for (const ref of iparamRefs(text)) {
        if (secure.has(ref) && !field.startsWith('headers/')) {
          problems.push(error(file, `Invalid iparam substitution: secure iparam '${ref}' is used in ${at}; secure iparams are allowed only in headers`));
        } else if (looksSecure(ref) && !field.startsWith('headers/')) {
          problems.push(warning(file, `iparam '${ref}' looks like a secure param and is used in ${at}; if iparams.html marks it secure, only headers may use it`));
        }
        // Only checkable against iparams.json; a custom iparams.html page defines its keys in code.
        if (iparams && !(ref in iparams)) problems.push(error(file, `iparam '${ref}' used in ${at} is not defined in config/iparams.json`));
      }
    }
  }
  return problems;
}

/** `[field, text]` for host, path, and each header and query value. */
function fieldsOf(schema: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const key of ['host', 'path']) {
    const v = schema[key];
    if (typeof v === 'string') out.push([key, v]);
  }
  for (const key of ['headers', 'query']) {
    for (const [k, v] of entriesOf(schema[key])) if (typeof v === 'string') out.push([`${key}/${k}`, v]);
  }
  return out;
}

function iparamRefs(text: string): string[] {
  const refs: string[] = [];
  for (const sub of text.matchAll(SUBSTITUTION)) {
    for (const m of (sub[1] ?? '').matchAll(IPARAM_REF)) {
      const ref = m[1] ?? m[2];
      if (ref !== undefined && !refs.includes(ref)) refs.push(ref);
    }
  }
  return refs;
}
