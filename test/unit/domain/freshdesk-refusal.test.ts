import { type AppError } from '../../../server/domain/errors';
import { isRetryable } from '../../../server/domain/retry-policy';
import { heldBack, isHolding, isKeyRefusal, refusalOf, REFUSAL_HOLD_MS } from '../../../server/domain/freshdesk-refusal';

const error = (step: string, status: number, kind: AppError['kind'] = 'unauthorized'): AppError => ({ kind, step, status, message: `${step} said ${status}` });

describe('isKeyRefusal: which refusals say the Freshdesk key cannot work at all', () => {
  it('any Freshdesk 401', () => {
    expect(isKeyRefusal(error('freshdeskUpdateTicket', 401))).toBe(true);
    expect(isKeyRefusal(error('freshdeskListConversations', 401))).toBe(true);
  });

  it('a 403 on the ticket fields, which every agent may read; no other 403 (one permission the agent lacks)', () => {
    expect(isKeyRefusal(error('freshdeskListTicketFields', 403))).toBe(true);
    expect(isKeyRefusal(error('freshdeskUpdateContact', 403))).toBe(false);
    expect(isKeyRefusal(error('freshdeskCreateNote', 403))).toBe(false);
  });

  it('never a Simpli refusal, nor another kind', () => {
    expect(isKeyRefusal(error('simpliClassify', 401))).toBe(false);
    expect(isKeyRefusal(error('freshdeskUpdateTicket', 401, 'rejected'))).toBe(false);
  });
});

describe('the hold', () => {
  const refusal = refusalOf(error('freshdeskCreateNote', 401), 1_000_000);

  it('keeps the status and our own sentence', () => {
    expect(refusal).toEqual({ at: 1_000_000, status: 401, message: 'freshdeskCreateNote said 401' });
  });

  it('holds for 10 minutes, then lets the next run ask Freshdesk again', () => {
    expect(REFUSAL_HOLD_MS).toBe(600_000);
    expect(isHolding(refusal, 1_000_000)).toBe(true);
    expect(isHolding(refusal, 1_000_000 + REFUSAL_HOLD_MS - 1)).toBe(true);
    expect(isHolding(refusal, 1_000_000 + REFUSAL_HOLD_MS)).toBe(false);
  });

  it('a held-back step fails for good, says nothing was sent to Simpli, and how it ends', () => {
    const held = heldBack('analyze', refusal);
    expect(held).toEqual({
      kind: 'freshdesk_key_rejected',
      step: 'analyze',
      status: 401,
      message: 'freshdeskCreateNote said 401; nothing was sent to Simpli (Freshdesk is asked again 10 minutes after its refusal, or on Retry)',
    });
    expect(isRetryable(held)).toBe(false);
  });
});
