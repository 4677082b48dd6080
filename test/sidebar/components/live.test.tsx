/**
 * The open sidebar stays current (docs/platform.md "Front end: events the ticket sidebar receives"): it follows a
 * pending job with backoff and goes quiet when it is done, reads again after a save, stops when deactivated, and
 * processes a ticket the app never saw. Jest's clock stands in for minutes.
 */
import { act } from 'react';
import { Sidebar } from '../../../app/src/components/Sidebar';
import { PortProvider } from '../../../app/src/hooks/use-sidebar';
import { FakePort } from '../support/fake-port';
import { NOW, qaScored, record, sentiment, ticket, triage } from '../support/fixtures';
import { byAction, cleanup, click, render, section, textOf } from '../support/render';

beforeEach(() => {
  // Fake time that also runs on its own, so the helpers' 0 ms waits still resolve.
  jest.useFakeTimers({ advanceTimers: true, now: NOW });
});
afterEach(() => {
  cleanup();
  jest.useRealTimers();
});

const open = (port: FakePort) => render(<PortProvider port={port}><Sidebar now={() => Date.now()} /></PortProvider>);
const wait = (ms: number) => act(async () => void (await jest.advanceTimersByTimeAsync(ms)));
const reads = (port: FakePort) => port.callsTo('record').length;
const liveFlag = (container: HTMLElement) => container.querySelector('main')?.dataset.live;

const working = () => record({ triage: triage(), sentiment: sentiment({ status: 'processing', done: [], result: undefined }) });
const finished = () => record({ triage: triage(), sentiment: sentiment() });

describe('while nothing is pending', () => {
  it('reads nothing after opening, however long it stays open', async () => {
    const port = new FakePort({ record: finished() });
    const { container } = await open(port);
    expect(reads(port)).toBe(1);
    await wait(60 * 60_000);
    expect(reads(port)).toBe(1);
    expect(port.ops()).toBe(2);
    expect(liveFlag(container)).toBe('false');
  });
});

describe('while a job is pending', () => {
  it('reads again at 15 s and 45 s, and stops at the read that finds it done', async () => {
    const port = new FakePort({ record: working() });
    const { container } = await open(port);
    expect(liveFlag(container)).toBe('true');
    expect(textOf(section(container, 'processing'))).toContain('Updating by itself while Simpli works.');
    await wait(14_000);
    expect(reads(port)).toBe(1);
    await wait(1_000);
    expect(reads(port)).toBe(2);
    port.answers.record = finished();
    await wait(30_000);
    expect(reads(port)).toBe(3);
    expect(textOf(section(container, 'sentiment'))).toContain('refund');
    expect(liveFlag(container)).toBe('false');
    await wait(60 * 60_000);
    expect(reads(port)).toBe(3);
  });

  it('keeps what it shows when a read fails, and tries again later', async () => {
    const port = new FakePort({ record: working() });
    const { container } = await open(port);
    port.answers.record = new Error('offline');
    await wait(15_000);
    expect(reads(port)).toBe(2);
    expect(container.querySelector('main')?.dataset.state).toBe('ready');
    port.answers.record = finished();
    await wait(30_000);
    expect(reads(port)).toBe(3);
    expect(liveFlag(container)).toBe('false');
  });

  it('stops when the app is deactivated, and starts over when it is opened again', async () => {
    const port = new FakePort({ record: working() });
    const { container } = await open(port);
    act(() => port.fire('app.deactivated'));
    expect(liveFlag(container)).toBe('false');
    await wait(10 * 60_000);
    expect(reads(port)).toBe(1);
    act(() => port.fire('app.activated'));
    await wait(0);
    expect(reads(port)).toBe(2);
    expect(liveFlag(container)).toBe('true');
  });
});

describe('after the agent saved the ticket (ticket.propertiesUpdated)', () => {
  it('reads the ticket and the record at once, then waits for the QA to show and stops', async () => {
    const port = new FakePort({ record: finished() });
    const { container } = await open(port);
    expect(textOf(section(container, 'qa'))).toContain('QA scores this ticket once it is resolved.');
    port.answers.ticket = ticket({ status: 4 });
    act(() => port.fire('ticket.propertiesUpdated'));
    await wait(0);
    expect(reads(port)).toBe(2);
    expect(textOf(section(container, 'qa'))).toContain('Not scored yet: QA runs shortly after the ticket is resolved.');
    expect(liveFlag(container)).toBe('true');
    port.answers.record = record({ triage: triage(), sentiment: sentiment(), qa: qaScored() });
    await wait(15_000);
    expect(reads(port)).toBe(3);
    expect(textOf(section(container, 'qa'))).toContain('82%');
    expect(liveFlag(container)).toBe('false');
    await wait(60 * 60_000);
    expect(reads(port)).toBe(3);
  });

  it('ignores events that save nothing', async () => {
    const port = new FakePort({ record: finished() });
    await open(port);
    act(() => {
      port.fire('ticket.statusChanged');
      port.fire('ticket.sendReply');
    });
    await wait(60 * 60_000);
    expect(reads(port)).toBe(1);
  });
});

describe('Process this ticket', () => {
  it('runs the SMI for a ticket the app never saw, shows the triage and follows the sentiment still running', async () => {
    const started = record({ triage: triage(), sentiment: sentiment({ status: 'processing', done: [], result: undefined }) });
    const port = new FakePort({ record: undefined, retry: { retried: true, triage: started.triage!, sentiment: started.sentiment! } });
    const { container } = await open(port);
    await click(byAction(container, 'process'));
    expect(port.callsTo('retryTicket')).toEqual([[1001]]);
    expect(textOf(section(container, 'classification'))).toContain('Billing');
    expect(textOf(section(container, 'draft'))).toContain('Sorry about the double charge.');
    expect(liveFlag(container)).toBe('true');
    expect(port.notices).toContainEqual({ type: 'info', message: 'Simpli is working on it; the sidebar updates by itself.' });
    port.answers.record = finished();
    await wait(15_000);
    expect(textOf(section(container, 'sentiment'))).toContain('refund');
    expect(liveFlag(container)).toBe('false');
  });

  it('says so when it cannot run', async () => {
    const port = new FakePort({ record: undefined, retry: new Error('offline') });
    const { container } = await open(port);
    await click(byAction(container, 'process'));
    expect(port.notices.at(-1)?.type).toBe('danger');
    expect(port.notices.at(-1)?.message).toContain('Processing this ticket');
    expect(section(container, 'empty')).toBeTruthy();
  });
});
