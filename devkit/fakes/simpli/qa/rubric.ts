/**
 * The "Standard Support" rubric the docs' quality loop names (docs/simpli.md "QA"): four dimensions and their
 * weights, plus the phrases the fake QA looks for in the agent's replies.
 */
export const DIMENSIONS = ['empathy', 'resolution', 'communication', 'efficiency'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const WEIGHTS: Readonly<Record<Dimension, number>> = {
  empathy: 0.25,
  resolution: 0.35,
  communication: 0.25,
  efficiency: 0.15,
};

export const EMPATHY_PHRASES = ['sorry', 'apologize', 'apologise', 'apologies', 'understand', 'frustrating',
  'thank you', 'thanks', 'appreciate', 'happy to help', 'glad to help'];

export const RESOLUTION_PHRASES = ['resolved', 'fixed', 'refunded', 'refund has been', 'processed', 'should now',
  'is now', 'has been', 'done', 'completed', 'shipped', 'here is', "here's", 'steps'];

export const GREETINGS = ['hi', 'hello', 'dear', 'hey', 'good morning', 'good afternoon'];
export const CLOSINGS = ['regards', 'best', 'cheers', 'thanks', 'thank you', 'sincerely'];

export const COACHING: Readonly<Record<Dimension, string>> = {
  empathy: "Acknowledge the customer's frustration and apologise for the inconvenience",
  resolution: 'Confirm the issue is resolved and state the next steps clearly',
  communication: 'Write complete replies: greet the customer, explain, and close politely',
  efficiency: 'Resolve in fewer replies: ask for all the details you need up front',
};

export const NO_AGENT_NOTE = 'No agent reply found: nothing to evaluate';
export const PRAISE_NOTE = 'Strong conversation: keep it up';
