/**
 * Triage request models, derived from what the seed sends (docs/simpli.md "Triage"). Minimal rules: required
 * strings; `metadata` an object; /route accepts the classification spread in (extra keys ignored).
 */
import { dict, model, nullable, optional, required, str } from '../core/validation';

export const ClassifyRequest = model(
  'ClassifyRequest',
  {
    subject: required(str()),
    body: required(str()),
    metadata: optional(nullable(dict()), null),
  },
  { fromAttributes: true },
);

export const RouteRequest = model(
  'RouteRequest',
  {
    ticket_id: required(str({ minLength: 1 })),
    category: required(str()),
    urgency: required(str()),
    sentiment: optional(nullable(str()), null),
  },
  { fromAttributes: true },
);
