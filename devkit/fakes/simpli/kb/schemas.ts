/**
 * KB request models (docs/simpli.md "KB"): the seed's article body (title, content = Freshdesk
 * description_text, tags, source), an optional `updated_at` (the Freshdesk article's, so /stale can be tested
 * against real ages), and [CLIENT]'s search body {query, top_k}.
 */
import { fail, int, list, model, nullable, ok, optional, required, str, type Validator } from '../core/validation';

/** An ISO 8601 date-time string (kept as given). */
const isoDateTime: Validator<string> = (input, loc) => {
  if (typeof input !== 'string' || Number.isNaN(Date.parse(input))) return fail(loc, 'Input should be a valid datetime');
  return ok(input);
};

export const ArticleRequest = model(
  'ArticleRequest',
  {
    title: required(str({ minLength: 1 })),
    content: required(str()),
    tags: optional(list(str()), []),
    source: optional(str(), 'api'),
    updated_at: optional(nullable(isoDateTime), null),
  },
  { fromAttributes: true },
);

export const SearchRequest = model(
  'SearchRequest',
  {
    query: required(str({ minLength: 1 })),
    top_k: optional(int({ ge: 1, le: 50 }), 5),
  },
  { fromAttributes: true },
);

export const staleQuery = { days: optional(int({ ge: 1 }), 90) };
