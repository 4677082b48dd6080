/**
 * Loads what the sidebar shows each time the agent opens it (app.activated), for at most 2 platform operations:
 * the `$db` record and the customer's sentiment history, in parallel. The ticket, its group, the contact and the
 * settings are free (client.data / client.iparams). Then it stays live (view-models/live.ts): a saved ticket
 * (ticket.propertiesUpdated) and every pending job make it read the record again (1 operation each), with backoff;
 * with nothing pending it reads nothing. Retry and Process this ticket are the SMI (1).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Contact, CustomerSentiment, Draft, RetryOutcome, SidebarPort, SidebarRecord, SidebarSettings, TicketContext } from '../port';
import { failureWords } from '../view-models/failure';
import { expecting, IDLE, nextRead, pendingJobs, reactionTo, withJobs, type Follow } from '../view-models/live';
import type { Remote } from '../view-models/sentiment';

export interface Loaded {
  ticket: TicketContext;
  settings: SidebarSettings;
  contact: Contact;
  /** The ticket's group now, by name. */
  group?: string;
  record: SidebarRecord | undefined;
  customer: Remote<CustomerSentiment>;
  /** A draft made while the ticket has no record: shown, never stored (the server owns creating the record). */
  unsavedDraft?: Draft;
}

export type InsightsState = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; data: Loaded };

export interface Insights {
  state: InsightsState;
  /** Re-reads the record (1 `$db` operation). */
  refresh(): Promise<void>;
  /** Runs what is left of the ticket's jobs now, or its first ones (SMI retryTicket). */
  retry(): Promise<void>;
  retrying: boolean;
  refreshing: boolean;
  /** Reading again by itself: a job is pending, or the server's work after a save has not shown yet. */
  live: boolean;
  /** A regenerated draft, already saved (or not) by the caller. */
  showDraft(draft: Draft): void;
}

function outcomeWords(outcome: RetryOutcome, firstRun: boolean, pending: boolean): { type: 'info' | 'success' | 'warning'; words: string } {
  if (!outcome.retried) return { type: 'info', words: 'Nothing to run right now: Simpli is already working on this ticket or has finished.' };
  if (pending) return { type: 'info', words: 'Simpli is working on it; the sidebar updates by itself.' };
  if (outcome.triage && outcome.triage.status !== 'done') return { type: 'warning', words: 'Retried, but some steps still could not finish. See the processing state.' };
  return { type: 'success', words: firstRun ? 'Processed: the ticket is classified and drafted.' : 'Retried: this ticket is processed.' };
}

export function useInsights(port: SidebarPort, now: () => number = Date.now): Insights {
  const [state, setState] = useState<InsightsState>({ phase: 'loading' });
  const [retrying, setRetrying] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [live, setLive] = useState(false);
  const loading = useRef(false);
  // What the event listeners and the timer see: the latest state and the follow-up plan.
  const latest = useRef<InsightsState>(state);
  latest.current = state;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const follow = useRef<Follow>(IDLE);
  const reread = useRef<(from: Follow) => Promise<void>>(async () => undefined);

  const update = useCallback((change: (data: Loaded) => Loaded) => {
    setState((s) => (s.phase === 'ready' ? { phase: 'ready', data: change(s.data) } : s));
  }, []);

  const stop = useCallback(() => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    follow.current = IDLE;
    setLive(false);
  }, []);

  /** After a read: the next one, or quiet (nothing pending, nothing expected). */
  const plan = useCallback(
    (record: SidebarRecord | undefined, from: Follow) => {
      clearTimeout(timer.current);
      const next = nextRead(from, record, now());
      if (!next) return stop();
      follow.current = next.follow;
      setLive(true);
      timer.current = setTimeout(() => void reread.current(follow.current).catch(() => undefined), next.delayMs);
    },
    [now, stop],
  );

  const load = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    stop();
    try {
      const [ticket, settings] = await Promise.all([port.ticket(), port.settings()]);
      // Only wording, the default draft language and routing need these: asked beside the record, not before it.
      const requester = port.contact();
      const group = port.group();
      const customerId = settings.feature_sentiment ? ticket.requesterId : undefined;
      // Started with the record, settled on its own: the sidebar renders the record without waiting for it.
      const customer =
        customerId === undefined
          ? undefined
          : port.customerSentiment(customerId).then(
              (value): Remote<CustomerSentiment> => ({ state: 'ready', value }),
              (error: unknown): Remote<CustomerSentiment> => ({ state: 'error', message: failureWords(error, 'Loading the history') }),
            );
      const [record, contact, groupName] = await Promise.all([port.record(ticket.id), requester, group]);
      const data: Loaded = { ticket, settings, contact, ...(groupName ? { group: groupName } : {}), record, customer: customer ? { state: 'loading' } : { state: 'off' } };
      setState({ phase: 'ready', data });
      if (customer) void customer.then((c) => update((d) => ({ ...d, customer: c })));
      plan(record, IDLE);
    } catch (error) {
      setState({ phase: 'error', message: failureWords(error, 'Loading this ticket’s insights') });
    } finally {
      loading.current = false;
    }
  }, [port, update, plan, stop]);

  /** The record again (1 operation) with the free ticket data; a failed read keeps what is shown and the plan. */
  reread.current = async (from: Follow) => {
    const s = latest.current;
    if (s.phase !== 'ready') return load();
    const id = s.data.ticket.id;
    try {
      const [ticket, group, record] = await Promise.all([port.ticket().catch(() => s.data.ticket), port.group(), port.record(id)]);
      update((d) => ({ ...d, ticket, record, ...(group ? { group } : {}) }));
      plan(record, from);
    } catch (error) {
      plan(s.data.record, from);
      throw error;
    }
  };

  // A layout effect: the first opening (replayed by the port) should not wait for a paint to start loading.
  useLayoutEffect(
    () =>
      port.onEvent((name) => {
        const reaction = reactionTo(name);
        const s = latest.current;
        if (reaction === 'load') void load();
        else if (reaction === 'pause') stop();
        else if (reaction === 'reread' && s.phase === 'ready') reread.current(expecting(s.data.record)).catch(() => undefined);
      }),
    [port, load, stop],
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  const ticketId = state.phase === 'ready' ? state.data.ticket.id : undefined;

  const refresh = useCallback(async () => {
    if (ticketId === undefined) return load();
    setRefreshing(true);
    try {
      await reread.current({ step: 0 });
    } catch (error) {
      await port.notify('danger', failureWords(error, 'Checking again'));
    } finally {
      setRefreshing(false);
    }
  }, [port, ticketId, load]);

  const retry = useCallback(async () => {
    const s = latest.current;
    if (s.phase !== 'ready') return;
    const firstRun = s.data.record === undefined;
    setRetrying(true);
    try {
      const outcome = await port.retryTicket(s.data.ticket.id);
      const record = withJobs(s.data.record, outcome);
      update((d) => ({ ...d, record }));
      // Nothing ran: someone else is on it — wait for their work as after a save.
      plan(record, outcome.retried ? IDLE : expecting(s.data.record));
      const { type, words } = outcomeWords(outcome, firstRun, pendingJobs(record).length > 0);
      await port.notify(type, words);
    } catch (error) {
      await port.notify('danger', failureWords(error, firstRun ? 'Processing this ticket' : 'Retry'));
    } finally {
      setRetrying(false);
    }
  }, [port, update, plan]);

  const showDraft = useCallback(
    (draft: Draft) => update((d) => (d.record ? { ...d, record: { ...d.record, sidebarDraft: draft } } : { ...d, unsavedDraft: draft })),
    [update],
  );

  return { state, refresh, retry, retrying, refreshing, live, showDraft };
}
