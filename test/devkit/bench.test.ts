import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureServer, serverFigures } from '../../devkit/bench/measure-server';
import { overBudget, type Figure } from '../../devkit/bench/budgets';
import { createFigures } from '../../devkit/bench/create-figures';
import { lifecycleFigures } from '../../devkit/bench/lifecycle-figures';
import { toJson, toTable } from '../../devkit/bench/report';
import { serialRoundTrips } from '../../devkit/bench/timed-requests';

const r = (start: number, end: number) => ({ template: 't', start, end });

describe('serialRoundTrips', () => {
  it('counts overlapping requests as one trip and waiting ones as the next', () => {
    expect(serialRoundTrips([])).toBe(0);
    expect(serialRoundTrips([r(0, 10), r(1, 12)])).toBe(1);
    // classify ‖ draft, then route, then update ‖ note
    expect(serialRoundTrips([r(0, 10), r(0, 15), r(11, 20), r(21, 30), r(21, 28)])).toBe(3);
    expect(serialRoundTrips([r(0, 1), r(2, 3), r(4, 5), r(6, 7)])).toBe(4);
  });
});

describe('the bench report', () => {
  const rows = [
    { ticketId: 1, status: 'done', requests: 5, freshdeskGets: 0, serialRoundTrips: 3, dbOps: 3, failedRequests: 0 },
    { ticketId: 2, status: 'done', requests: 6, freshdeskGets: 1, serialRoundTrips: 3, dbOps: 4, failedRequests: 0 },
  ];

  it('averages per ticket and flags what is over budget', () => {
    const figures = createFigures(rows);
    const byName = Object.fromEntries(figures.map((f) => [f.name, f.value]));
    expect(byName).toMatchObject({ create_requests: 5.5, create_freshdesk_gets: 0.5, create_db_ops: 3.5, create_not_done: 0 });
    expect(overBudget(figures).map((f) => f.name)).toEqual(['create_requests', 'create_freshdesk_gets', 'create_db_ops']);
  });

  it('prints one JSON object with every figure and the names over budget', () => {
    const figures: Figure[] = [{ name: 'create_requests', value: 6, budget: 5, source: 'x' }];
    expect(JSON.parse(toJson(figures, { tickets_measured: 2 }))).toEqual({ create_requests: 6, over_budget: ['create_requests'], tickets_measured: 2 });
    expect(toTable(figures)).toMatch(/create_requests\s+6\s+≤ 5\s+OVER/);
  });

  it('counts a ticket that did not finish as invalidating the run', () => {
    const figures = createFigures([{ ...rows[0]!, status: 'deferred' }]);
    expect(overBudget(figures).map((f) => f.name)).toEqual(['create_not_done']);
  });
});

describe('the lifecycle figures', () => {
  it('sum create, reply and resolution per ticket and flag an unfinished job', () => {
    const ops = { reply: 3, resolution: 3, escalatedReply: 4 };
    const row = { ticketId: 1, create: 5, reply: 2, resolution: 3, escalatedReply: 4, kvOps: ops, entityOps: { reply: 2, resolution: 2, escalatedReply: 2 }, allDone: true };
    const byName = (rows: Parameters<typeof lifecycleFigures>[0]) => Object.fromEntries(lifecycleFigures(rows).map((f) => [f.name, f.value]));
    expect(byName([row, { ...row, ticketId: 2, resolution: 4 }])).toEqual({
      reply_requests: 2,
      reply_escalated_requests: 4,
      resolution_requests: 3.5,
      lifecycle_requests: 10.5,
      reply_db_ops: 3,
      reply_escalated_db_ops: 4,
      resolution_db_ops: 3,
      reply_entity_ops: 2,
      resolution_entity_ops: 2,
      lifecycle_not_done: 0,
    });
    expect(overBudget(lifecycleFigures([{ ...row, allDone: false }])).map((f) => f.name)).toEqual(['lifecycle_not_done']);
  });
});

describe('the server bundle figures', () => {
  it('weigh the built server.js and time fresh loads that really export the handlers', () => {
    const file = path.resolve(__dirname, '..', '..', 'server', 'server.js');
    const m = measureServer(file);
    expect(m.bytes).toBe(statSync(file).size);
    expect(m.loadMs).toHaveLength(15);
    expect(m.loadMs.every((ms) => ms > 0)).toBe(true);
    const figures = serverFigures({ bytes: 120 * 1024 + 512, loadMs: [30, 10, 12] });
    expect(figures.map((f) => [f.name, f.value, f.budget])).toEqual([['server_bundle_kb', 120.5, 120], ['server_load_ms', 12, 20]]);
  });

  it('a file that exports no handler is refused, not timed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'server-'));
    writeFileSync(path.join(dir, 'server.js'), 'exports.notAHandler = 1;');
    expect(() => measureServer(path.join(dir, 'server.js'))).toThrow(/exports no handler/);
  });
});
