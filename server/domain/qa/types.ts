/** The words of QA: the conversation that was scored, what QA said, and which resolution it was for. */

export interface QaMessage {
  role: 'customer' | 'agent';
  content: string;
}

/** The body of POST /evaluate (docs/simpli.md "QA"). */
export interface QaRequest {
  conversation_id: string;
  agent_id: string;
  messages: QaMessage[];
}

/** What QA /evaluate answered, normalised: every number 0–1. */
export interface QaEvaluation {
  overall: number;
  /** Dimension name → score, in QA's order. */
  dimensions: Record<string, number>;
  coachingNotes: string[];
}

/** One transition into Resolved or Closed: the unit QA scores once. */
export interface Resolution {
  /** Short and stable across duplicate deliveries (the resolution's time, base 36 seconds): keys and names. */
  id: string;
  /** When the ticket was resolved (ISO 8601), as the event said. */
  at: string;
  /** 4 Resolved or 5 Closed. */
  status: number;
}

/** A conversation entry as QA reads it (docs/freshdesk.md "Conversations and pagination"). */
export interface ThreadEntry {
  text: string;
  incoming: boolean;
  private: boolean;
}
