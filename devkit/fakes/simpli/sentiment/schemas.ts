/**
 * Sentiment's request models and query declarations (docs/simpli.md "Sentiment: POST /analyze",
 * "Sentiment: customer history and trend", "Sentiment: alerts").
 */
import { int, model, nullable, oneOf, optional, required, str } from '../core/validation';

/** simpli_core.Channel: lower case only (docs/simpli.md "Enumerations"). */
export const CHANNELS = ['email', 'chat', 'phone', 'social', 'web'] as const;

const CUSTOMER_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9\\-_]{0,63}$';

/**
 * pydantic checks `pattern` with Rust's regex, where $ is the very end. The GET route checks the path with
 * Python's re.match, where $ also matches before one final "\n" (so "abc%0A" passes there, and is 400 nowhere).
 */
export const CUSTOMER_ID_BODY_REGEX = /^[A-Za-z0-9][A-Za-z0-9\-_]{0,63}$/;
export const CUSTOMER_ID_PATH_REGEX = /^[A-Za-z0-9][A-Za-z0-9\-_]{0,63}\n?$/;

export const AnalyzeRequest = model(
  'AnalyzeRequest',
  {
    customer_id: required(
      str({ minLength: 1, maxLength: 64, pattern: { source: CUSTOMER_ID_PATTERN, regex: CUSTOMER_ID_BODY_REGEX } }),
    ),
    // Length in code points, not stripped: " " is valid (docs/simpli.md "Sentiment: POST /analyze").
    text: required(str({ minLength: 1, maxLength: 10000 })),
    channel: optional(nullable(oneOf(CHANNELS)), null),
  },
  { fromAttributes: true },
);

export const paging = {
  limit: optional(int({ ge: 1, le: 500 }), 50),
  offset: optional(int({ ge: 0 }), 0),
};

export const alertQuery = {
  severity: optional(
    nullable(str({ pattern: { source: '^(low|medium|high)$', regex: /^(low|medium|high)$/ } })),
    null,
  ),
  customer_id: optional(nullable(str({ maxLength: 64 })), null),
  ...paging,
};
