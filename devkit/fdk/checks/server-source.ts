import { declared } from '../manifest-parts';
import type { Problem } from '../problem';
import { error } from '../problem';
import type { AppSnapshot } from '../snapshot';

/**
 * Globals a bundle might reach for that the FDK sandbox does not provide (docs/platform.md
 * "Serverless runtime: server.js").
 */
const MISSING_GLOBALS = ['module', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'Buffer', 'URL', 'TextEncoder', 'TextDecoder', 'fetch', 'structuredClone', 'queueMicrotask'];

/**
 * server/server.js is a classic script the platform wraps and runs (docs/platform.md "Serverless runtime: server.js"):
 * it must load, must not use ESM or `module.exports`, must leave functions on `exports`, may only require bundled-in
 * code, and must not use the pre-2.3 `$request.get/post` API (docs/platform.md "Manifest (platform 3.0)").
 */
export function checkServerSource(s: AppSnapshot): Problem[] {
  const { file, source, load, facts } = s.server;
  const needsServer = declared(s.manifest.value, 'events').length + declared(s.manifest.value, 'functions').length > 0;
  if (source === undefined) {
    return needsServer
      ? [error(file, 'Mandatory file(s) missing: server/server.js (the manifest declares events or functions; run `npm run build`)')]
      : [];
  }
  const problems: Problem[] = [];
  for (const esm of facts?.esm ?? []) {
    problems.push(error(file, `ESM syntax is not supported (line ${esm.line}: ${esm.what}); the platform runs server.js as a plain script ending in exports = { … }`));
  }
  for (const me of facts?.moduleExports ?? []) {
    problems.push(error(file, `server.js must assign exports = { … }, not module.exports (line ${me.line})`));
  }
  for (const rel of facts?.relativeRequires ?? []) {
    problems.push(error(file, `require('${rel}') cannot resolve on the platform: only server/server.js is packed, so bundle it in`));
  }
  for (const call of facts?.legacyRequestCalls ?? []) {
    problems.push(error(file, `${call.what} is no longer supported in Request API (line ${call.line}); use $request.invokeTemplate`));
  }
  if (load && !load.ok) {
    if (load.kind === 'syntax') {
      // ESM statements also fail to compile; don't report them twice.
      if ((facts?.esm.length ?? 0) === 0) problems.push(error(file, `Error while parsing file containing serverless functions: ${load.message}`));
    } else {
      const missing = MISSING_GLOBALS.find((g) => load.message === `${g} is not defined`);
      const hint = missing ? ` (the FDK sandbox has no global \`${missing}\`)` : '';
      problems.push(error(file, `Error while executing App server script! - ${load.message}${hint}`));
    }
  } else if (load?.ok && load.functions.length === 0 && needsServer) {
    problems.push(error(file, 'server.js exports no functions: it must end with exports = { handlerName: function (payload) { … }, … }'));
  }
  return problems;
}
