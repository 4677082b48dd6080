/** A refusal the simulator's HTTP API answers with its status (400 bad input, 404 unknown ticket, 409 …). */
export class SimulatorError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** e.g. the fake Freshdesk's validation errors when an agent action was refused. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}
