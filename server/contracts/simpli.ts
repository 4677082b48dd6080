/**
 * Simpli response bodies (docs/simpli.md "Triage", "Reply", "QA"). Each is parsed once at the boundary; a body that
 * does not match is the step failing with `invalid_response`, and nothing of it is ever written to a ticket.
 */
import { z } from 'zod';

const unit = z.number().finite().min(0).max(1);
const label = z.string().trim().min(1).max(100);

/** POST /classify (docs/simpli.md "Triage"). */
export const classificationSchema = z.looseObject({
  category: label,
  urgency: label,
  sentiment: z.string().max(100).default('neutral'),
  confidence: unit,
});

/**
 * POST /route (docs/simpli.md "Triage"): the documented `{team, agent, reason}`, plus an optional numeric `group_id`.
 */
export const routingSchema = z.looseObject({
  team: z.string().max(200).nullish(),
  agent: z.string().max(200).nullish(),
  reason: z.string().max(2000).nullish(),
  group_id: z.number().int().positive().nullish(),
});

/** POST /api/v1/draft (docs/simpli.md "Reply"). */
export const draftSchema = z.looseObject({
  draft_id: z.string().max(200).nullish(),
  draft: z.string().min(1).max(20_000),
  confidence: unit,
  suggested_template: z.string().nullish(),
  language: z.string().max(20).nullish(),
});

export type Classification = z.infer<typeof classificationSchema>;
export type Routing = z.infer<typeof routingSchema>;
export type Draft = z.infer<typeof draftSchema>;

/**
 * POST /analyze (docs/simpli.md "Sentiment: POST /analyze"). Keyword mode rounds to 2 dp; LLM mode clamps without
 * rounding and may answer any label (normalised in domain/sentiment/message.ts). Triggers are words; a bounded number
 * is kept.
 */
export const sentimentSchema = z.looseObject({
  score: z.number().finite().min(-1).max(1),
  label: z.string().max(100),
  escalation_risk: unit,
  triggers: z.array(z.string().max(200)).max(500).default([]),
});

/** POST /evaluate (docs/simpli.md "QA"): `dimensions` and `coaching_notes` are optional, as the seed reads them. */
export const qaEvaluationSchema = z.looseObject({
  overall_score: unit,
  dimensions: z.record(z.string().max(100), unit).nullish(),
  coaching_notes: z.array(z.string().max(2000)).max(100).nullish(),
});

export type Sentiment = z.infer<typeof sentimentSchema>;
export type QaEvaluationBody = z.infer<typeof qaEvaluationSchema>;

/** GET /health → 200 {"status":"ok"} on every create_app() service (docs/simpli.md "Ops endpoints"). */
export const healthSchema = z.looseObject({ status: z.string() });
