/**
 * The serverless entry. esbuild bundles it into server/server.js, whose last statement assigns
 * `exports = { <manifest handler names> }` forwarding to `handlers` (scripts/build.mjs, docs/platform.md
 * "Serverless runtime: server.js"). Nothing here runs platform code at load time: the globals are read when a handler
 * runs.
 */
import { consoleLog } from './fdk/console-log';
import { fdkRenderData } from './fdk/globals';
import { createBacklog } from './fdk/backlog';
import { createHelpdesk } from './fdk/helpdesk';
import { createTemplateClient } from './fdk/request';
import { createScheduler } from './fdk/scheduler';
import { createSimpli } from './fdk/simpli';
import { createStore } from './fdk/store';
import { createHandlers } from './handlers';
import { rememberingRefusals } from './workflows/freshdesk-refusals';

const clock = { now: () => Date.now() };
const templates = createTemplateClient();
const store = createStore();

export const handlers = createHandlers({
  simpli: createSimpli(templates, clock),
  // A refusal of the Freshdesk key is remembered, so that new work stops before its text goes to Simpli.
  helpdesk: rememberingRefusals(createHelpdesk(templates), store, clock),
  store,
  scheduler: createScheduler(),
  // The durable backlog of jobs (the `jobs` entity, config/entities.json).
  backlog: createBacklog(),
  log: consoleLog,
  clock,
  answer: (...args) => fdkRenderData()(...args),
});
