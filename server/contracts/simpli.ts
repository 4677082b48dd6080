/**
 * Simpli response bodies (docs/simpli.md "Triage", "Reply", "QA"). Each is parsed once at the boundary; a body that
 * does not match is the step failing with `invalid_response`, and nothing of it is ever written to a ticket.
 */
import * as z from 'zod/mini';

const unit = z.number().check(z.minimum(0), z.maximum(1));
const label = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

/** POST /classify (docs/simpli.md "Triage"). */
export const classificationSchema = z.looseObject({
  category: label,
  urgency: label,
  sentiment: z._default(z.string().check(z.maxLength(100)), 'neutral'),
  confidence: unit,
});

/**
 * POST /route (docs/simpli.md "Triage"): the documented `{team, agent, reason}`, plus an optional numeric `group_id`.
 */
export const routingSchema = z.looseObject({
  team: z.nullish(z.string().check(z.maxLength(200))),
  agent: z.nullish(z.string().check(z.maxLength(200))),
  reason: z.nullish(z.string().check(z.maxLength(2000))),
  group_id: z.nullish(z.int().check(z.positive())),
});

/** POST /api/v1/draft (docs/simpli.md "Reply"). */
export const draftSchema = z.looseObject({
  draft_id: z.nullish(z.string().check(z.maxLength(200))),
  draft: z.string().check(z.minLength(1), z.maxLength(20_000)),
  confidence: unit,
  suggested_template: z.nullish(z.string()),
  language: z.nullish(z.string().check(z.maxLength(20))),
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
  score: z.number().check(z.minimum(-1), z.maximum(1)),
  label: z.string().check(z.maxLength(100)),
  escalation_risk: unit,
  triggers: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)), []),
});

/** POST /evaluate (docs/simpli.md "QA"): `dimensions` and `coaching_notes` are optional, as the seed reads them. */
export const qaEvaluationSchema = z.looseObject({
  overall_score: unit,
  dimensions: z.nullish(z.record(z.string().check(z.maxLength(100)), unit)),
  coaching_notes: z.nullish(z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(100))),
});

export type Sentiment = z.infer<typeof sentimentSchema>;
export type QaEvaluationBody = z.infer<typeof qaEvaluationSchema>;

/** GET /health → 200 {"status":"ok"} on every create_app() service (docs/simpli.md "Ops endpoints"). */
export const healthSchema = z.looseObject({ status: z.string() });

/** KB GET /gaps (docs/simpli.md "KB": field names not published; the ones the service answers). */
export const kbGapsSchema = z.looseObject({
  gaps: z.array(
    z.looseObject({
      topic: z.string().check(z.maxLength(300)),
      query_count: z._default(z.int().check(z.nonnegative()), 0),
      sample_queries: z._default(z.array(z.string().check(z.maxLength(500))), []),
      suggested_title: z.nullish(z.string().check(z.maxLength(300))),
    }),
  ),
});

/** KB GET /stale (docs/simpli.md "KB"). */
export const kbStaleSchema = z.looseObject({
  articles: z.array(
    z.looseObject({
      title: z.string().check(z.maxLength(300)),
      age_days: z.nullish(z.number()),
      updated_at: z.nullish(z.string()),
    }),
  ),
});
