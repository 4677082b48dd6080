/** One ticket's triage context over in-memory ports, and a way to run one step of TRIAGE_ACTIONS with it. */
import { readSettings } from '../../../../server/contracts/iparams';
import { freshJobRecord } from '../../../../server/contracts/job-record';
import { SCHEMA_CACHE_KEY, type TriageRecord, type TriageStep } from '../../../../server/contracts/store-records';
import type { AccountSchema } from '../../../../server/domain/triage/types';
import type { TicketSnapshot } from '../../../../server/ports';
import { createSchemaSource } from '../../../../server/workflows/triage/schema-cache';
import { TRIAGE_ACTIONS, type TriageContext } from '../../../../server/workflows/triage/triage-steps';
import { manualClock, memoryStore } from './memory-ports';
import { memoryHelpdesk, memorySimpli } from './memory-services';

export const TICKET_ID = 1001;

export interface TriageSetupOptions {
  /** Installation parameters as the admin typed them. */
  iparams?: Record<string, string>;
  ticket?: Partial<TicketSnapshot>;
  noteMayExist?: boolean;
  updateMayHaveLanded?: boolean;
  /** The ticket schema already in the `$db` cache (no Freshdesk read); the default. */
  warmSchema?: boolean;
  latencyMs?: number;
  /** The account's ticket schema (the memory helpdesk's default otherwise). */
  schema?: AccountSchema;
}

export const triageRecord = (patch: Partial<TriageRecord> = {}): TriageRecord => ({ ...freshJobRecord<TriageStep>(0), ...patch });

export const classified = triageRecord({ done: ['classify'], classification: { category: 'billing', urgency: 'high', sentiment: 'negative', confidence: 0.9 } });

export function triageSetup(options: TriageSetupOptions = {}) {
  const clock = manualClock();
  const onCall = () => clock.advance(options.latencyMs ?? 0);
  const store = memoryStore();
  const simpli = memorySimpli({ onCall });
  const helpdesk = memoryHelpdesk({ onCall });
  const ticket: TicketSnapshot = { id: TICKET_ID, subject: 'Charged twice', description: 'I was charged twice for March.', tags: ['vip'], priority: 1, type: null, group_id: null, ...options.ticket };
  helpdesk.tickets.set(ticket.id, ticket);
  if (options.schema) helpdesk.schema = options.schema;
  if (options.warmSchema !== false) store.data.set(SCHEMA_CACHE_KEY, structuredClone(helpdesk.schema) as unknown as Record<string, unknown>);
  const settings = readSettings({ freshdesk_subdomain: 'acme', ...options.iparams });
  const context: TriageContext = { ticket, settings, simpli, helpdesk, schemas: createSchemaSource(helpdesk, store, clock), noteMayExist: options.noteMayExist ?? false, updateMayHaveLanded: options.updateMayHaveLanded ?? false };
  const spent = { count: 0 };
  /** Runs one step as runStages would, counting what it spends. */
  const step = (name: TriageStep, record: TriageRecord = triageRecord()) => TRIAGE_ACTIONS[name]({ ...context, record, spend: () => void (spent.count += 1) });
  return { clock, store, simpli, helpdesk, ticket, settings, context, spent, step };
}
