/**
 * The fake Simpli services (Triage, Reply, Sentiment, QA, KB) for tests and `npm run fakes`: loopback HTTP
 * servers that behave like the real ones (docs/simpli.md "What the app and the fakes do"). Mount with startSimpli();
 * read state through `fake.service.state()` or the kit's /__control endpoints.
 */
export { startSimpli, stopSimpli, type SimpliFake, type SimpliFakes, type StartSimpliOptions } from './start-simpli';
export {
  createSimpliServices,
  SIMPLI_SERVICES,
  type SimpliOptions,
  type SimpliServiceName,
  type SimpliServices,
} from './create-services';
export { createSentimentService, type SentimentOptions, type SentimentService } from './sentiment/service';
export type { SentimentState, TimelineEntry, Alert } from './sentiment/store';
export { analyzeSentiment, type SentimentResult, type SentimentLabel } from './sentiment/analyze-text';
export { createTriageService, type TriageOptions, type TriageService, type TriageState } from './triage/service';
export { createReplyService, type ReplyOptions, type ReplyService, type ReplyState } from './reply/service';
export { createQaService, type QaOptions, type QaService, type QaState } from './qa/service';
export { createKbService, type KbOptions, type KbService } from './kb/service';
export type { KbState, Article } from './kb/store';
export { createSimpliService, type SimpliServiceOptions } from './core/service';
export type { PythonVersion } from './python/sum';
