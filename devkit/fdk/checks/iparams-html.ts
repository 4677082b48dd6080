import ts from 'typescript';
import type { Problem } from '../problem';
import { error, warning } from '../problem';
import type { AppSnapshot } from '../snapshot';

const FILE = 'config/iparams.html';
/** FDK 6.9 `lib/validations/iparam.js` CONFIG_METHODS: declared as functions in the page's inline scripts. */
const CONFIG_METHODS = ['getConfigs', 'postConfigs'];

/** `<script …>body</script>` with its attributes; FDK 6.9 reads `script[type="text/javascript"], script:not([type])`. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function attr(attrs: string, name: string): string | undefined {
  const m = ATTR(name).exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Top-level `function name()` declarations of a classic script (as esprima's FunctionDeclaration). */
function declaredFunctions(js: string): string[] {
  const sf = ts.createSourceFile('iparams.html.js', js, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return sf.statements.flatMap((st) => (ts.isFunctionDeclaration(st) && st.name ? [st.name.text] : []));
}

/** `src`/`href` of scripts and stylesheets that point into the app package (not the platform's, not the web). */
function localReferences(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const ref = attr(m[2] ?? '', m[1]?.toLowerCase() === 'script' ? 'src' : 'href');
    if (ref === undefined || ref === '' || ref.includes('{{{')) continue;
    if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) continue; // https:, data:, protocol-relative, fragments
    refs.push(ref.split(/[?#]/)[0] ?? ref);
  }
  return refs;
}

/**
 * A custom installation page (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/app-settings/custom-app-settings): it loads the platform's client, declares `getConfigs` and `postConfigs` as
 * functions in its inline scripts (the FDK 6.9 rule and message; 3.0 docs put them in config/assets/iparams.js,
 * which a page may still do as long as iparams.html declares them too), and every file it loads from the package
 * exists under config/assets/ — the page is served from config/, and assets/ is the only folder shipped for it.
 */
export function checkIparamsHtml(s: AppSnapshot): Problem[] {
  const html = s.iparamsHtml;
  if (html === undefined) return [];
  const problems: Problem[] = [];
  const declared: string[] = [];
  for (const m of html.matchAll(SCRIPT)) {
    const type = attr(m[1] ?? '', 'type');
    if (type !== undefined && type.toLowerCase() !== 'text/javascript') continue;
    try {
      declared.push(...declaredFunctions(m[2] ?? ''));
    } catch {
      // The TypeScript parser recovers from anything; nothing to report here.
    }
  }
  const missing = CONFIG_METHODS.filter((name) => !declared.includes(name));
  if (missing.length > 0) problems.push(error(FILE, `Mandatory method(s) missing in iparams.html: ${missing.join(',')}.`));
  if (!html.includes('{{{appclient}}}')) problems.push(warning(FILE, 'iparams.html does not load the platform client: add <script src="{{{appclient}}}"></script>'));
  for (const ref of localReferences(html)) {
    const path = ref.replace(/^\.\//, '');
    if (!path.startsWith('assets/') || path.split('/').includes('..')) {
      problems.push(error(FILE, `iparams.html loads ${ref}: files of the installation page belong in config/assets/`));
    } else if (!s.configAssets.includes(path.slice('assets/'.length))) {
      problems.push(error(FILE, `iparams.html loads ${ref}, which config/assets/ does not have (build the page first: npm run build)`));
    }
  }
  return problems;
}
