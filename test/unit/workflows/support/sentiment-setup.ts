/** One customer message's sentiment context over in-memory ports, and a way to run one step of SENTIMENT_ACTIONS with it. */
import { readSettings } from '../../../../server/contracts/iparams';
import { freshJobRecord } from '../../../../server/contracts/job-record';
import { CONTACT_FIELDS_CACHE_KEY, type MessageRef, type SentimentRecord, type SentimentStep } from '../../../../server/contracts/sentiment-record';
import { findSentimentFields } from '../../../../server/domain/sentiment/contact-plan';
import type { ContactFieldDef } from '../../../../server/domain/sentiment/types';
import { createContactFieldSource } from '../../../../server/workflows/sentiment/contact-field-cache';
import { qualityRecorder } from '../../../../server/workflows/quality/record-quality';
import { SENTIMENT_ACTIONS, type SentimentContext } from '../../../../server/workflows/sentiment/sentiment-steps';
import { manualClock, memoryLog, memoryStore } from './memory-ports';
import { memoryHelpdesk, memorySimpli } from './memory-services';

export const MESSAGE: MessageRef = { ticketId: 1009, conversationId: 3301, contactId: 5009 };

/** The two contact fields the Simpli Freshdesk guide has admins create (docs/simpli.md). */
export const SEED_FIELDS: ContactFieldDef[] = [
  { name: 'sentiment_score', label: 'Sentiment Score', type: 'custom_dropdown', choices: ['Positive', 'Neutral', 'Negative'] },
  { name: 'escalation_risk', label: 'Escalation Risk', type: 'custom_text', choices: [] },
];

export const sentimentRecord = (patch: Partial<SentimentRecord> = {}): SentimentRecord => ({ ...freshJobRecord<SentimentStep>(0), message: MESSAGE, threshold: 0.5, ...patch });

/** A record whose analysis is done, with this escalation risk. */
export const analyzed = (escalationRisk = 0.85): SentimentRecord =>
  sentimentRecord({ done: ['analyze'], result: { score: -0.7, label: 'negative', escalationRisk, triggers: ['refund'] } });

export interface SentimentSetupOptions {
  iparams?: Record<string, string>;
  /** The account's contact fields (the seed's two by default). */
  fields?: ContactFieldDef[];
  /** The fields already in the `$db` cache (no Freshdesk read); the default. */
  warmFields?: boolean;
  context?: Partial<SentimentContext>;
  /** Whether the ticket's triage holds a live lease. */
  triageRunning?: boolean;
  recheck?: boolean;
  latencyMs?: number;
  /** How long the handler has run already (ms). */
  elapsedMs?: number;
}

export function sentimentSetup(options: SentimentSetupOptions = {}) {
  const clock = manualClock();
  const onCall = () => clock.advance(options.latencyMs ?? 0);
  const store = memoryStore();
  const log = memoryLog();
  const simpli = memorySimpli({ onCall });
  const helpdesk = memoryHelpdesk({ onCall });
  helpdesk.contactFieldDefs = options.fields ?? SEED_FIELDS;
  helpdesk.tickets.set(MESSAGE.ticketId, { id: MESSAGE.ticketId, subject: 'Refund', description: 'Where is my refund?', tags: ['vip'], priority: 2 });
  if (options.warmFields !== false) store.data.set(CONTACT_FIELDS_CACHE_KEY, { ...findSentimentFields(helpdesk.contactFieldDefs), checked: true });
  const triageAsked: number[] = [];
  const context: SentimentContext = {
    message: MESSAGE,
    text: 'This is the third time I ask for my refund.',
    channel: 'email',
    triageRunning: async (ticketId) => (triageAsked.push(ticketId), options.triageRunning ?? false),
    settings: readSettings({ freshdesk_subdomain: 'acme', simpli_sentiment_host: 'sentiment.example', ...options.iparams }),
    simpli,
    helpdesk,
    fields: createContactFieldSource(helpdesk, store, clock, { recheck: options.recheck ?? false }),
    log,
    label: 'ticket 1009: sentiment of conversation 3301',
    time: { clock, startedAt: clock.now() - (options.elapsedMs ?? 0) },
    quality: qualityRecorder(store),
    ...options.context,
  };
  const spent = { count: 0 };
  const step = (name: SentimentStep, record: SentimentRecord = sentimentRecord()) => SENTIMENT_ACTIONS[name]({ ...context, record, spend: () => void (spent.count += 1) });
  return { clock, store, log, simpli, helpdesk, context, spent, step, triageAsked };
}
