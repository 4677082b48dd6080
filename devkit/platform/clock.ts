import type { Clock } from './types';

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to: tests run an hour of platform time in milliseconds. */
export class ManualClock implements Clock {
  constructor(private current = Date.UTC(2026, 10, 25, 9, 0, 0)) {}

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('A clock does not run backwards');
    this.current += ms;
  }
}
