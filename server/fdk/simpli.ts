/**
 * SimpliPort over the Simpli request templates (docs/simpli.md "Sentiment: POST /analyze", "Triage", "Reply", "QA");
 * every body is checked by zod.
 */
import { classificationSchema, draftSchema, healthSchema, kbGapsSchema, kbStaleSchema, qaEvaluationSchema, routingSchema, sentimentSchema } from '../contracts/simpli';
import { AppFailure } from '../domain/errors';
import type { SimpliService } from '../domain/install/types';
import { normaliseEvaluation } from '../domain/qa/evaluation';
import { normaliseResult } from '../domain/sentiment/result';
import type { Clock, SimpliPort } from '../ports';
import { parseResponse } from './parse';
import type { TemplateClient } from './request';
import { requestId } from './request-id';
import type { TemplateName } from './types';

const HEALTH_TEMPLATES: Readonly<Record<SimpliService, TemplateName>> = {
  triage: 'simpliTriageHealth',
  reply: 'simpliReplyHealth',
  sentiment: 'simpliSentimentHealth',
  qa: 'simpliQaHealth',
  kb: 'simpliKbHealth',
};

export function createSimpli(templates: TemplateClient, clock: Clock): SimpliPort {
  const context = (ticketId: number, step: string) => ({ request_id: requestId(clock, ticketId, step) });
  return {
    async classify(ticketId, subject, description) {
      const body = await templates.call('simpliClassify', {
        context: context(ticketId, 'classify'),
        body: JSON.stringify({ subject, body: description }),
      });
      return parseResponse('simpliClassify', classificationSchema, body);
    },
    async route(ticketId, classification) {
      const { category, urgency, sentiment, confidence } = classification;
      const body = await templates.call('simpliRoute', {
        context: context(ticketId, 'route'),
        body: JSON.stringify({ ticket_id: String(ticketId), category, urgency, sentiment: sentiment ?? 'neutral', confidence }),
      });
      return parseResponse('simpliRoute', routingSchema, body);
    },
    async draft(ticketId, conversation, style, language) {
      const body = await templates.call('simpliDraft', {
        context: context(ticketId, 'draft'),
        body: JSON.stringify({ ticket_id: String(ticketId), conversation, style, language }),
      });
      const draft = parseResponse('simpliDraft', draftSchema, body);
      return { id: draft.draft_id, text: draft.draft, confidence: draft.confidence, language: draft.language };
    },
    async analyzeSentiment(ticketId, request) {
      const body = await templates.call('simpliAnalyzeSentiment', { context: context(ticketId, 'sentiment'), body: JSON.stringify(request) });
      return normaliseResult(parseResponse('simpliAnalyzeSentiment', sentimentSchema, body));
    },
    async evaluateQa(ticketId, request) {
      const body = await templates.call('simpliEvaluateQa', { context: context(ticketId, 'qa'), body: JSON.stringify(request) });
      return normaliseEvaluation(parseResponse('simpliEvaluateQa', qaEvaluationSchema, body));
    },
    async health(service) {
      const step = HEALTH_TEMPLATES[service];
      const { status } = parseResponse(step, healthSchema, await templates.call(step));
      if (status !== 'ok') throw new AppFailure({ kind: 'invalid_response', step, message: `${step} answered status "${status.slice(0, 40)}"` });
    },
    async addKbArticle(article) {
      const body = { title: article.title, content: article.content, tags: article.tags, source: 'freshdesk-solutions', updated_at: article.updatedAt };
      await templates.call('simpliAddKbArticle', { context: { request_id: requestId(clock, 0, 'kb-article') }, body: JSON.stringify(body) });
    },
    async kbFindings() {
      const context = { request_id: requestId(clock, 0, 'kb-findings') };
      const gaps = parseResponse('simpliKbGaps', kbGapsSchema, await templates.call('simpliKbGaps', { context })).gaps;
      const stale = parseResponse('simpliKbStale', kbStaleSchema, await templates.call('simpliKbStale', { context })).articles;
      return {
        gaps: gaps.map((g) => ({ topic: g.topic, count: g.query_count, sampleQueries: g.sample_queries.slice(0, 5), ...(g.suggested_title ? { suggestedTitle: g.suggested_title } : {}) })),
        stale: stale.map((a) => ({ title: a.title, ...(a.updated_at ? { since: a.updated_at } : {}), ...(a.age_days != null ? { reason: `not updated for ${Math.round(a.age_days)} days` } : {}) })),
      };
    },
  };
}
