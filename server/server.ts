/**
 * The serverless entry. esbuild bundles it into server/server.js, whose last statement assigns
 * `exports = { <manifest handler names> }` forwarding to `handlers` (scripts/build.mjs, fdk-platform.md §4.1).
 * Nothing here runs platform code at load time: the globals are read when a handler runs.
 */
import { consoleLog } from './fdk/console-log';
import { fdkRenderData } from './fdk/globals';
import { createTemplateClient } from './fdk/request';
import { createHandlers } from './handlers';

export const handlers = createHandlers({
  templates: createTemplateClient(),
  log: consoleLog,
  clock: { now: () => Date.now() },
  renderData: fdkRenderData,
});
