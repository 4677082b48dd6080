/**
 * The sidebar's own minutes in chromium, for the live figures and the browser tests: Playwright's page clock runs
 * the page's timers (the sidebar's follow-up reads) minutes ahead in seconds, and a script in the page notes each
 * platform operation it sends (a dprouter call that spends one: `$db`, templates, SMI; docs/platform.md "Budgets
 * per installation") with the page's own time.
 */
import type { Page } from 'playwright-core';

/** The dprouter ops that spend a platform operation (devkit/platform/web/protocol.ts DPROUTER_OPS). */
const PAID_OPS = ['invokeTemplate', 'invoke', 'db/set', 'db/get', 'db/update', 'db/delete'];

export interface PageOp {
  op: string;
  /** The page's Date.now() when it was sent. */
  at: number;
}

interface Instrumented {
  __simpliOps?: PageOp[];
  __simpliInFlight?: number;
}

/** Installed before any of the page's scripts: counts the ops and the dprouter calls still in flight. */
function noteOps(paid: string[]): void {
  const w = window as unknown as Instrumented;
  w.__simpliOps = [];
  w.__simpliInFlight = 0;
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  const routed = new WeakSet<XMLHttpRequest>();
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const op = String(args[1]).split('/dprouter/')[1];
    if (op !== undefined) {
      routed.add(this);
      if (paid.includes(op)) w.__simpliOps?.push({ op, at: Date.now() });
    }
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    if (routed.has(this)) {
      w.__simpliInFlight = (w.__simpliInFlight ?? 0) + 1;
      // loadend comes after load, whose promise reactions (the app planning its next read) have run by then.
      this.addEventListener('loadend', () => void (w.__simpliInFlight = (w.__simpliInFlight ?? 1) - 1));
    }
    return send.call(this, body);
  };
}

/** Call before the page loads: fake time from `time` (the platform's clock, so "retries in 5 min" agrees). */
export async function instrumentPage(page: Page, time: number): Promise<void> {
  await page.addInitScript(noteOps, PAID_OPS);
  await page.clock.install({ time });
}

export async function pageOps(page: Page): Promise<PageOp[]> {
  return page.evaluate(() => (window as unknown as Instrumented).__simpliOps ?? []);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Until no dprouter call is in flight (real time: answers come over real HTTP). */
async function quiet(page: Page): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if ((await page.evaluate(() => (window as unknown as Instrumented).__simpliInFlight ?? 0)) === 0) return;
    await pause(20);
  }
  throw new Error('the page still has platform calls in flight after 4 s');
}

/** Stops the page's time on the next whole second (its time runs on meanwhile); answers that moment. */
export async function freeze(page: Page): Promise<number> {
  await quiet(page);
  const at = Math.ceil((await page.evaluate(() => Date.now())) / 1000) * 1000 + 1000;
  await page.clock.pauseAt(at);
  return at;
}

/**
 * Runs the page's time `ms` ahead in steps (a read's answer must arrive before the next read is planned), letting
 * each step's calls finish. The sidebar's delays are whole seconds, so 1 s steps keep its times exact; `stepMs`
 * trades that for speed.
 */
export async function runPage(page: Page, ms: number, stepMs = 1_000): Promise<void> {
  for (let done = 0; done < ms; done += stepMs) {
    await page.clock.runFor(Math.min(stepMs, ms - done));
    await quiet(page);
  }
}

/** The most ops in any minute [t, t + 60 s): the figure a per-minute budget is held to. */
export function mostInAMinute(times: readonly number[]): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + 60_000).length));
}
