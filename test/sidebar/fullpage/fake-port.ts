/**
 * A FullPagePort for component tests: answers from fixtures (a value, an Error to reject with, or a function for a
 * pending promise), records every call, and counts platform operations the way the real port spends them.
 */
import type { FullPagePort, KbFindings, KbStatus, Quality, SyncAnswer } from '../../../app/src/fullpage/port';
import { findings, quality, status } from './fixtures';

type Answer<T> = T | Error | (() => Promise<T>);

export interface FakeAnswers {
  status: Answer<KbStatus | undefined>;
  findings: Answer<KbFindings | undefined>;
  quality: Answer<Quality | undefined>;
  helpdeskUrl: string | undefined;
  sync: Answer<SyncAnswer>;
}

/** Calls that spend a platform operation (`$db`, SMI), as in app/src/fullpage/port.ts. */
const PAID = new Set(['status', 'findings', 'quality', 'syncNow']);

function answer<T>(a: Answer<T>): Promise<T> {
  if (a instanceof Error) return Promise.reject(a);
  if (typeof a === 'function') return (a as () => Promise<T>)();
  return Promise.resolve(a);
}

export class FakeFullPagePort implements FullPagePort {
  readonly calls: string[] = [];
  answers: FakeAnswers;

  constructor(answers: Partial<FakeAnswers> = {}) {
    this.answers = { status: status(), findings: findings(), quality: quality(), helpdeskUrl: 'https://acme.freshdesk.com', sync: { message: 'Synced 3 articles.' }, ...answers };
  }

  ops(): number {
    return this.calls.filter((c) => PAID.has(c)).length;
  }

  status = () => (this.calls.push('status'), answer(this.answers.status));
  findings = () => (this.calls.push('findings'), answer(this.answers.findings));
  quality = () => (this.calls.push('quality'), answer(this.answers.quality));
  helpdeskUrl = () => (this.calls.push('helpdeskUrl'), Promise.resolve(this.answers.helpdeskUrl));
  syncNow = () => (this.calls.push('syncNow'), answer(this.answers.sync));
}
