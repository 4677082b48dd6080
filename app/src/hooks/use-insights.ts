/**
 * Loads what the sidebar shows, each time the agent opens it (app.activated), for at most 2 platform operations:
 * the `$db` record and the customer's sentiment history, in parallel. The ticket, contact and settings are free
 * (client.data / client.iparams). Refresh re-reads the record only (1); Retry is the SMI (1).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Contact, CustomerSentiment, Draft, SidebarPort, SidebarRecord, SidebarSettings, TicketContext } from '../port';
import { failureWords } from '../view-models/failure';
import type { Remote } from '../view-models/sentiment';

export interface Loaded {
  ticket: TicketContext;
  settings: SidebarSettings;
  contact: Contact;
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
  /** Runs what is left of triage now (SMI retryTicket). */
  retry(): Promise<void>;
  retrying: boolean;
  refreshing: boolean;
  /** A regenerated draft, already saved (or not) by the caller. */
  showDraft(draft: Draft): void;
}

export function useInsights(port: SidebarPort): Insights {
  const [state, setState] = useState<InsightsState>({ phase: 'loading' });
  const [retrying, setRetrying] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const loading = useRef(false);

  const update = useCallback((change: (data: Loaded) => Loaded) => {
    setState((s) => (s.phase === 'ready' ? { phase: 'ready', data: change(s.data) } : s));
  }, []);

  const load = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    try {
      const [ticket, settings] = await Promise.all([port.ticket(), port.settings()]);
      // Only wording and the default draft language need the requester: asked beside the record, not before it.
      const requester = port.contact();
      const customerId = settings.feature_sentiment ? ticket.requesterId : undefined;
      // Started with the record, settled on its own: the sidebar renders the record without waiting for it.
      const customer =
        customerId === undefined
          ? undefined
          : port.customerSentiment(customerId).then(
              (value): Remote<CustomerSentiment> => ({ state: 'ready', value }),
              (error: unknown): Remote<CustomerSentiment> => ({ state: 'error', message: failureWords(error, 'Loading the history') }),
            );
      const [record, contact] = await Promise.all([port.record(ticket.id), requester]);
      const data: Loaded = { ticket, settings, contact, record, customer: customer ? { state: 'loading' } : { state: 'off' } };
      setState({ phase: 'ready', data });
      if (customer) void customer.then((c) => update((d) => ({ ...d, customer: c })));
    } catch (error) {
      setState({ phase: 'error', message: failureWords(error, 'Loading this ticket’s insights') });
    } finally {
      loading.current = false;
    }
  }, [port, update]);

  useEffect(() => port.onActivated(() => void load()), [port, load]);

  const ticketId = state.phase === 'ready' ? state.data.ticket.id : undefined;

  const refresh = useCallback(async () => {
    if (ticketId === undefined) return load();
    setRefreshing(true);
    try {
      const record = await port.record(ticketId);
      update((d) => ({ ...d, record }));
    } catch (error) {
      await port.notify('danger', failureWords(error, 'Checking again'));
    } finally {
      setRefreshing(false);
    }
  }, [port, ticketId, load, update]);

  const retry = useCallback(async () => {
    if (ticketId === undefined) return;
    setRetrying(true);
    try {
      const outcome = await port.retryTicket(ticketId);
      const triage = outcome.triage;
      if (triage) update((d) => ({ ...d, record: d.record ? { ...d.record, triage } : { unreadable: [], triage } }));
      if (!outcome.retried) await port.notify('info', 'Nothing to retry right now: Simpli is already working on this ticket or has finished.');
      else if (triage?.status === 'done') await port.notify('success', 'Retried: this ticket is processed.');
      else await port.notify('warning', 'Retried, but some steps still could not finish. See the processing state.');
    } catch (error) {
      await port.notify('danger', failureWords(error, 'Retry'));
    } finally {
      setRetrying(false);
    }
  }, [port, ticketId, update]);

  const showDraft = useCallback(
    (draft: Draft) => update((d) => (d.record ? { ...d, record: { ...d.record, sidebarDraft: draft } } : { ...d, unsavedDraft: draft })),
    [update],
  );

  return { state, refresh, retry, retrying, refreshing, showDraft };
}
