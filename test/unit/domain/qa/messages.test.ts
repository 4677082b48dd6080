import { fitMessages, jsonUtf8Bytes, MAX_MESSAGE_CODE_POINTS, qaMessages } from '../../../../server/domain/qa/messages';
import type { QaMessage, ThreadEntry } from '../../../../server/domain/qa/types';

const entry = (text: string, incoming: boolean, isPrivate = false): ThreadEntry => ({ text, incoming, private: isPrivate });

describe('qaMessages', () => {
  it('starts with the description as the customer’s, then the public conversations in order, incoming → customer', () => {
    const thread = [entry('Hi, sorry about that.', false), entry('Thanks!', true), entry('Checked the logs.', false, true), entry('Done.', false)];
    expect(qaMessages('My order is late.', thread)).toEqual([
      { role: 'customer', content: 'My order is late.' },
      { role: 'agent', content: 'Hi, sorry about that.' },
      { role: 'customer', content: 'Thanks!' },
      { role: 'agent', content: 'Done.' },
    ]);
  });

  it('drops private notes and empty bodies, and trims', () => {
    expect(qaMessages('  ', [entry(' \n ', true), entry('internal', true, true), entry('  ok  ', true)])).toEqual([{ role: 'customer', content: 'ok' }]);
  });

  it('is empty when nothing was said', () => {
    expect(qaMessages('', [])).toEqual([]);
  });

  it('cuts one message to 10,000 code points', () => {
    const [first] = qaMessages('😀'.repeat(MAX_MESSAGE_CODE_POINTS + 1), []);
    expect(Array.from(first?.content ?? '')).toHaveLength(10_000);
  });
});

describe('jsonUtf8Bytes', () => {
  it('counts UTF-8 bytes of the JSON text', () => {
    expect(jsonUtf8Bytes([{ role: 'customer', content: 'hi' }])).toBe(36); // [{"role":"customer","content":"hi"}]
    expect(jsonUtf8Bytes('é')).toBe(4); // "é": 2 quotes + 2 bytes
    expect(jsonUtf8Bytes('😀')).toBe(6); // 2 quotes + 4 bytes
    expect(jsonUtf8Bytes('\n')).toBe(4); // "\n" escaped: 2 quotes + 2 characters
  });
});

describe('fitMessages', () => {
  const m = (role: QaMessage['role'], content: string): QaMessage => ({ role, content });

  it('keeps everything that fits', () => {
    const all = [m('customer', 'a'), m('agent', 'b')];
    expect(fitMessages(all, 1000)).toEqual({ messages: all, omitted: 0 });
  });

  it('past the limit keeps the first message and the latest that fit, leaving out the middle', () => {
    // [{"role":"customer","content":"start"}] is 39 bytes; each {"role":"agent","content":"0000000000"} is 39, 40 with its comma.
    const all = [m('customer', 'start'), ...Array.from({ length: 5 }, (_, i) => m('agent', `${i}`.repeat(10)))];
    expect(jsonUtf8Bytes([all[0]])).toBe(39);
    expect(jsonUtf8Bytes(all[1])).toBe(39);
    expect(fitMessages(all, 39 + 2 * 40)).toEqual({ messages: [all[0], all[4], all[5]], omitted: 3 });
    expect(fitMessages(all, 39 + 2 * 40 - 1)).toEqual({ messages: [all[0], all[5]], omitted: 4 });
    expect(jsonUtf8Bytes([all[0], all[4], all[5]])).toBe(39 + 2 * 40);
  });

  it('an empty conversation stays empty', () => {
    expect(fitMessages([], 10)).toEqual({ messages: [], omitted: 0 });
  });
});
