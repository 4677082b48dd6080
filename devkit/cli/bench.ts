/**
 * npm run bench [-- --json]: the cost figures each issue budgets, measured on the local platform against the
 * fakes with the demo data. Prints a table (or one JSON object) and exits 1 when a figure is over its budget.
 */
import { overBudget } from '../bench/budgets';
import { createFigures } from '../bench/create-figures';
import { installFigures } from '../bench/install-figures';
import { fullPageFigures, measureFullPage } from '../bench/measure-fullpage';
import { lifecycleFigures } from '../bench/lifecycle-figures';
import { sidebarFigures } from '../bench/sidebar-figures';
import { measureCreate } from '../bench/measure-create';
import { measureInstall } from '../bench/measure-install';
import { measureLifecycle } from '../bench/measure-lifecycle';
import { measureSidebar } from '../bench/measure-sidebar';
import { measureSecrets, secretFigures } from '../bench/measure-secrets';
import { measureServer, serverFigures } from '../bench/measure-server';
import { measureScenarios, scenarioDetails } from '../bench/measure-scenarios';
import { kbFigures, measureKb } from '../bench/measure-kb';
import { scenarioFigures } from '../bench/scenario-figures';
import { toJson, toTable } from '../bench/report';

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const createRows = await measureCreate();
  const lifecycleRows = await measureLifecycle();
  const sidebar = await measureSidebar();
  const fullPage = await measureFullPage();
  const install = await measureInstall();
  const secrets = await measureSecrets();
  const scenarios = await measureScenarios();
  const kb = await measureKb();
  const server = measureServer();
  const figures = [...serverFigures(server), ...createFigures(createRows), ...lifecycleFigures(lifecycleRows), ...sidebarFigures(sidebar), ...fullPageFigures(fullPage), ...installFigures(install), ...secretFigures(secrets), ...scenarioFigures(scenarios), ...kbFigures(kb)];
  if (json) console.log(toJson(figures, { tickets_measured: createRows.length, sidebar_files: sidebar.files, fullpage_files: fullPage.files, secret_leak_places: secrets.findings }));
  else {
    console.log(`onTicketCreate and the lifecycle over ${createRows.length} demo tickets (per-ticket averages); the sidebar in headless chromium; onAppInstall twice on the fresh account`);
    console.log(`sidebar files: ${Object.entries(sidebar.files).map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`).join(', ')}`);
    console.log(`full-page files: ${Object.entries(fullPage.files).map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`).join(', ')}\n`);
    console.log(toTable(figures));
    for (const f of secrets.findings) console.log(`secret leak: ${f.secret} (${f.form}) in ${f.place}`);
    for (const line of scenarioDetails(scenarios)) console.log(line);
  }
  const over = overBudget(figures);
  if (over.length > 0 && !json) console.error(`\nover budget: ${over.map((f) => f.name).join(', ')}`);
  return over.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(2);
  },
);
