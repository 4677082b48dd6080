/** Opening the sidebar: what it loads, what it spends, and every state it can land in — never a blank. */
import { Sidebar } from '../../../app/src/components/Sidebar';
import { PortProvider } from '../../../app/src/hooks/use-sidebar';
import { SidebarError } from '../../../app/src/port';
import { FakePort } from '../support/fake-port';
import { deferredTriage, failedTriage, NOW, qaNothingToScore, qaScored, record, sentiment, settings, ticket, triage } from '../support/fixtures';
import { byAction, cleanup, click, render, section, settle, textOf } from '../support/render';

afterEach(cleanup);

const open = (port: FakePort) => render(<PortProvider port={port}><Sidebar now={() => NOW} /></PortProvider>);

describe('a processed ticket', () => {
  it('shows classification, applied vs suggested and why, routing, the draft and the cost, for 2 operations', async () => {
    const port = new FakePort();
    const { container } = await open(port);
    expect(container.querySelector('main')?.dataset.state).toBe('ready');

    const classification = textOf(section(container, 'classification'));
    expect(classification).toContain('Billing');
    expect(classification).toContain('High');
    expect(classification).toContain('65%');
    const type = container.querySelector('[data-field="type"]');
    expect(type?.getAttribute('data-applied')).toBe('false');
    expect(textOf(type)).toContain('Suggested');
    expect(textOf(type)).toContain('Only suggested: confidence 65% is below the 70% minimum your admin set for type.');
    expect(textOf(container.querySelector('[data-field="priority"]'))).toContain('Applied to the ticket.');
    expect(classification).toContain('AI urgency missing in this helpdesk');

    const routing = textOf(section(container, 'routing'));
    expect(routing).toContain('High urgency billing issue routed to team queue');
    expect(routing).toContain('the ticket already had a group when it arrived, and it was kept');

    expect(textOf(section(container, 'draft'))).toContain('Sorry about the double charge.');
    expect(textOf(section(container, 'processing'))).toContain('5 requests to Simpli and Freshdesk so far.');
    expect(port.ops()).toBe(2);
    expect(port.callsTo('record')).toEqual([[1001]]);
    expect(port.callsTo('customerSentiment')).toEqual([[501]]);
  });

  it('waits for the agent to open the app before spending anything', async () => {
    const port = new FakePort({}, false);
    const { container } = await open(port);
    expect(container.querySelector('main')?.dataset.state).toBe('loading');
    expect(textOf(container)).toContain('Loading this ticket’s insights');
    expect(port.ops()).toBe(0);
    port.activate();
    await settle();
    expect(container.querySelector('main')?.dataset.state).toBe('ready');
    expect(port.ops()).toBe(2);
  });

  it('loads again each time the agent opens the app, 2 operations each', async () => {
    const port = new FakePort();
    await open(port);
    port.activate();
    await settle();
    expect(port.ops()).toBe(4);
  });

  it('skips the history when sentiment is switched off: 1 operation', async () => {
    const port = new FakePort({ settings: settings({ feature_sentiment: false }), record: record({ triage: triage() }) });
    const { container } = await open(port);
    expect(port.ops()).toBe(1);
    expect(container.querySelector('[data-section="sentiment"]')).toBeNull();
  });

  it('renders the record before the history arrives, then the history', async () => {
    let release: (v: ReturnType<typeof import('../support/fixtures').history>) => void = () => undefined;
    const port = new FakePort({ customer: () => new Promise((r) => (release = r)) });
    const { container } = await open(port);
    expect(container.querySelector('main')?.dataset.state).toBe('ready');
    expect(textOf(section(container, 'sentiment'))).toContain('Loading Dana’s history');
    release({ currentScore: -0.85, serviceTrend: 'improving', timeline: [{ timestamp: 'a', score: 0.56, label: 'positive' }, { timestamp: 'b', score: -0.85, label: 'negative' }] });
    await settle();
    expect(textOf(section(container, 'sentiment'))).toContain('Getting worse across Dana’s tickets');
  });
});

describe('layout', () => {
  it('puts the cards in the order agents use them: the draft first, processing last', async () => {
    const port = new FakePort({ record: record({ triage: triage(), sentiment: sentiment(), qa: qaScored() }), ticket: ticket({ status: 4 }) });
    const { container } = await open(port);
    const order = [...container.querySelectorAll('[data-section]')].map((el) => el.getAttribute('data-section'));
    expect(order).toEqual(['draft', 'classification', 'routing', 'sentiment', 'qa', 'processing']);
    expect(section(container, 'processing').className).toContain('sb-card-compact');
  });

  it('names groups, and shows Simpli’s agent id only under a label saying what it is', async () => {
    const port = new FakePort({ group: 'Tier 2' });
    const { container } = await open(port);
    const routing = section(container, 'routing');
    expect(textOf(routing.querySelector('[data-field="group"]'))).toContain('Billing');
    expect(textOf(routing.querySelector('[data-field="current-group"]'))).toBe('Tier 2');
    expect(textOf(routing.querySelector('[data-field="simpli-agent-id"]'))).toBe(
      'Simpli agent id: A-012 (Simpli’s own id for the agent it suggests, not a Freshdesk agent)',
    );
    expect([...routing.querySelectorAll('dd')].map((dd) => textOf(dd))).not.toContain('A-012');
    expect(port.callsTo('group')).toHaveLength(1);
  });
});

describe('states', () => {
  it('says the ticket is not processed yet, and offers to process it, to check again and to draft now', async () => {
    const port = new FakePort({ record: undefined });
    const { container } = await open(port);
    expect(textOf(section(container, 'empty'))).toContain('Simpli has not seen this ticket');
    expect(textOf(byAction(container, 'process'))).toBe('Process this ticket');
    expect(byAction(container, 'refresh')).toBeTruthy();
    expect(textOf(byAction(container, 'regenerate'))).toBe('Draft a reply');
  });

  it('says Simpli is switched off when every feature is off, and spends only the record read', async () => {
    const off = { feature_triage: false, feature_draft: false, feature_sentiment: false, feature_qa: false };
    const port = new FakePort({ record: undefined, settings: settings(off) });
    const { container } = await open(port);
    expect(textOf(container)).toContain('Simpli is switched off for this helpdesk.');
    expect(port.ops()).toBe(1);
  });

  it('explains a failed load in words and loads again on Try again', async () => {
    const port = new FakePort({ record: new SidebarError('unavailable', 'x') });
    const { container } = await open(port);
    expect(container.querySelector('main')?.dataset.state).toBe('error');
    expect(textOf(container)).toContain('the service did not answer');
    port.answers.record = record();
    await click(byAction(container, 'reload'));
    expect(container.querySelector('main')?.dataset.state).toBe('ready');
  });

  it('says the app is over its request budget when the platform answers 429', async () => {
    const port = new FakePort({ ticket: new SidebarError('rate_limited', 'x') });
    const { container } = await open(port);
    expect(textOf(container)).toContain('the app used its requests for this minute');
  });

  it('names an unreadable part of the record instead of going blank', async () => {
    const port = new FakePort({ record: record({ triage: triage(), qa: { sampled: true, status: 'bogus' } }) });
    const { container } = await open(port);
    expect(textOf(container)).toContain('Part of this ticket’s insights could not be read (qa).');
    expect(textOf(section(container, 'classification'))).toContain('Billing');
  });

  it('shows a deferred ticket: when it retries, why, what is done, and Retry', async () => {
    const port = new FakePort({ record: record({ triage: deferredTriage() }) });
    const { container } = await open(port);
    const processing = textOf(section(container, 'processing'));
    expect(processing).toContain('Retrying');
    expect(processing).toMatch(/Retries automatically at \d{1,2}:\d{2}( [AP]M)? \(in 5 min\)\./);
    expect(processing).toContain('Simpli Triage did not answer while classifying the ticket.');
    expect(processing).toContain('Already done: drafting a reply, posting the private note.');
    expect(textOf(section(container, 'classification'))).toContain('Not classified yet');
    expect(byAction(container, 'retry')).toBeTruthy();
  });

  it('shows a failed ticket with a reason an agent understands; Retry runs it and shows the result', async () => {
    const port = new FakePort({ record: record({ triage: failedTriage() }) });
    const { container } = await open(port);
    const processing = textOf(section(container, 'processing'));
    expect(processing).toContain('Failed');
    expect(processing).toContain('Simpli Triage refused the app’s API key while classifying the ticket. Ask your admin to check the keys in the app’s settings.');
    expect(processing).toContain('Gave up after 3 attempts.');

    const done = record({ triage: triage() }).triage;
    port.answers.retry = { retried: true, ...(done ? { triage: done } : {}) };
    await click(byAction(container, 'retry'));
    expect(port.callsTo('retryTicket')).toEqual([[1001]]);
    expect(textOf(section(container, 'processing'))).toContain('Simpli has processed this ticket.');
    expect(textOf(section(container, 'classification'))).toContain('Billing');
    expect(port.notices).toContainEqual({ type: 'success', message: 'Retried: this ticket is processed.' });
  });

  it('says so when Retry fails', async () => {
    const port = new FakePort({ record: record({ triage: failedTriage() }), retry: new SidebarError('rate_limited', 'x') });
    const { container } = await open(port);
    await click(byAction(container, 'retry'));
    expect(port.notices.at(-1)?.type).toBe('danger');
    expect(port.notices.at(-1)?.message).toContain('Retry has to wait');
  });
});

describe('Retry for every job kind', () => {
  it('a failed QA shows Retry on its card, and it calls the same retryTicket', async () => {
    const failedQa = qaScored({ status: 'failed', done: [], evaluation: undefined, errors: { evaluate: { kind: 'unavailable', message: 'gave up after 5 attempts: 503', retryable: false } } });
    const port = new FakePort({ record: record({ triage: triage(), qa: failedQa }), ticket: ticket({ status: 4 }) });
    const { container } = await open(port);
    const qa = section(container, 'qa');
    expect(textOf(qa)).toContain('Failed');
    await click(byAction(qa, "retry"));
    expect(port.callsTo('retryTicket')).toEqual([[1001]]);
  });
});

describe('sentiment and QA', () => {
  it('shows the latest mood with trigger words and escalation, and the trend the right way round', async () => {
    // Simpli answers "improving" for a drop (docs/simpli.md "Sentiment: customer history and trend"): 0.56 then −0.85
    // is getting worse.
    const port = new FakePort({
      record: record({ triage: triage(), sentiment: sentiment() }),
      customer: { currentScore: -0.85, serviceTrend: 'improving', timeline: [{ timestamp: 'a', score: 0.56, label: 'positive' }, { timestamp: 'b', score: -0.85, label: 'negative' }] },
    });
    const { container } = await open(port);
    const s = textOf(section(container, 'sentiment'));
    expect(s).toContain('negative');
    expect(s).toContain('−0.80');
    expect(s).toContain('75%');
    expect(s).toContain('refund');
    expect(s).toContain('unacceptable');
    expect(s).toContain('Flagged as an escalation risk and tagged on the ticket. Priority raised from Medium to High.');
    expect(s).toContain('Getting worse across Dana’s tickets.');
    expect(section(container, 'sentiment').querySelectorAll('.sb-bar')).toHaveLength(2);
  });

  it('says when the history could not be loaded, and still shows the ticket', async () => {
    const port = new FakePort({ customer: new SidebarError('timeout', 'x') });
    const { container } = await open(port);
    expect(textOf(section(container, 'sentiment'))).toContain('Could not load Dana’s history across tickets.');
  });

  it('shows the QA score with dimensions and coaching notes once resolved', async () => {
    const port = new FakePort({ ticket: ticket({ status: 4 }), record: record({ triage: triage(), qa: qaScored() }) });
    const { container } = await open(port);
    const qa = textOf(section(container, 'qa'));
    expect(qa).toContain('82%');
    expect(qa).toContain('Empathy');
    expect(qa).toContain('90%');
    expect(qa).toContain('Resolution');
    expect(qa).toContain('Confirm the refund date.');
  });

  it('says there is nothing to score yet when no agent has replied publicly: no score, no working state', async () => {
    const port = new FakePort({ ticket: ticket({ status: 4 }), record: record({ triage: triage(), qa: qaNothingToScore() }) });
    const { container } = await open(port);
    const qa = section(container, 'qa');
    expect(textOf(qa)).toContain('Nothing to score yet — no public agent reply');
    expect(textOf(qa)).not.toMatch(/\d+%|Working|Simpli is working/);
    expect(qa.querySelector('.sb-dimensions')).toBeNull();
  });

  it('explains a ticket QA did not sample, and one not resolved yet', async () => {
    const port = new FakePort({ record: record({ triage: triage(), qa: { sampled: false, resolution: { id: 'r', at: 'x', status: 4 }, samplePercent: 20, decidedAt: NOW } }) });
    const { container } = await open(port);
    expect(textOf(section(container, 'qa'))).toContain('QA scores 20% of resolved tickets, and this one was not picked.');
    cleanup();
    const { container: open2 } = await open(new FakePort());
    expect(textOf(section(open2, 'qa'))).toContain('QA scores this ticket once it is resolved.');
  });
});
