/**
 * The QA fake (docs/simpli.md "QA"): POST /evaluate (+ /api/v1/evaluate). Dimension scores are worked out by
 * hand from the rules in devkit/fakes/simpli/qa/evaluate.ts; overall = .25 E + .35 R + .25 C + .15 Eff.
 */
import { startSimpli, stopSimpli, type SimpliFakes } from '../../../devkit/fakes/simpli';
import { client, postJson } from './helpers';

let fakes: SimpliFakes;
beforeAll(async () => {
  fakes = await startSimpli();
});
afterAll(() => stopSimpli(fakes));

const http = () => client(fakes.qa.url);
const EMPATHY_NOTE = "Acknowledge the customer's frustration and apologise for the inconvenience";

it('a good conversation, byte for byte', async () => {
  const res = await postJson(http(), '/evaluate', {
    conversation_id: '42',
    agent_id: '7',
    messages: [
      { role: 'customer', content: 'My invoice is wrong and I am really frustrated.' },
      { role: 'agent', content: "Hi Anna, I'm sorry about the confusion. I have corrected the invoice and the refund has been processed." },
      { role: 'customer', content: 'Great, thank you!' },
    ],
  });
  // empathy: one phrase ("sorry") → 0.3 + 0.2 = 0.5
  // resolution: 0.4 + 0.3 ("refund has been") + 0.3 (last customer word: great/thank → 0.5 ≥ 0.3) = 1.0
  // communication: 18 words (15–150) → 0.85 + 0.05 ("hi"), no closing → 0.9
  // efficiency: 1 agent turn → 0.95, nobody chased
  // overall: .25×.5 + .35×1 + .25×.9 + .15×.95 = 0.8425 → 0.84
  expect(res.text).toBe(
    '{"conversation_id":"42","agent_id":"7","overall_score":0.84,' +
      '"dimensions":{"empathy":0.5,"resolution":1.0,"communication":0.9,"efficiency":0.95},' +
      `"coaching_notes":["${EMPATHY_NOTE}"]}`,
  );
});

it('a poor conversation gets low scores and a note per weak dimension', async () => {
  const res = await postJson(http(), '/evaluate', {
    conversation_id: '43',
    agent_id: '',
    messages: [
      { role: 'customer', content: 'The app is broken and this is unacceptable.' },
      { role: 'agent', content: 'Try again.' },
      { role: 'customer', content: 'Still broken. Terrible.' },
    ],
  });
  // empathy: no phrase and an upset customer (−0.6) → 0.2
  // resolution: 0.4, nothing resolved, the customer has the last (−0.675) word → 0.1
  // communication: 2 words → 0.5 + 2/30 = 0.5667 → 0.57; efficiency 0.95
  // overall: .05 + .035 + .14167 + .1425 = 0.36917 → 0.37
  expect(res.json).toEqual({
    conversation_id: '43',
    agent_id: '',
    overall_score: 0.37,
    dimensions: { empathy: 0.2, resolution: 0.1, communication: 0.57, efficiency: 0.95 },
    coaching_notes: [
      EMPATHY_NOTE,
      'Confirm the issue is resolved and state the next steps clearly',
      'Write complete replies: greet the customer, explain, and close politely',
    ],
  });
});

it('customer follow-ups left unanswered cost efficiency', async () => {
  const res = await postJson(http(), '/evaluate', {
    conversation_id: '44',
    agent_id: '7',
    messages: [
      { role: 'customer', content: 'Hello?' },
      { role: 'customer', content: 'Anyone there?' },
      { role: 'agent', content: 'Hi, sorry for the wait.' },
    ],
  });
  expect((res.json as { dimensions: { efficiency: number } }).dimensions.efficiency).toBe(0.85); // 0.95 − 0.1
});

it('the [CLIENT] alias takes only messages; no agent reply scores 0.0 everywhere', async () => {
  const res = await postJson(http(), '/api/v1/evaluate', { messages: [{ role: 'customer', content: 'Hello?' }] });
  expect(res.text).toBe(
    '{"conversation_id":null,"agent_id":null,"overall_score":0.0,' +
      '"dimensions":{"empathy":0.0,"resolution":0.0,"communication":0.0,"efficiency":0.0},' +
      '"coaching_notes":["No agent reply found: nothing to evaluate"]}',
  );
});

it('is deterministic and depends on the input', async () => {
  const body = { conversation_id: '45', agent_id: '7', messages: [{ role: 'agent', content: 'Done, it is fixed now.' }] };
  const a = await postJson(http(), '/evaluate', body);
  const b = await postJson(http(), '/evaluate', body);
  const c = await postJson(http(), '/evaluate', { ...body, messages: [{ role: 'agent', content: 'No.' }] });
  expect(b.text).toBe(a.text);
  expect(c.text).not.toBe(a.text);
});

it.each([
  [{ messages: [] }, 'body -> messages', 'List should have at least 1 item after validation, not 0'],
  [{ messages: [{ role: 'assistant', content: 'x' }] }, 'body -> messages -> 0 -> role', "Input should be 'customer', 'agent' or 'system'"],
  [{ messages: [{ role: 'agent', content: '' }] }, 'body -> messages -> 0 -> content', 'String should have at least 1 character'],
  [{ conversation_id: 42, messages: [{ role: 'agent', content: 'x' }] }, 'body -> conversation_id', 'Input should be a valid string'],
])('validates %j', async (body, field, message) => {
  const res = await postJson(http(), '/evaluate', body);
  expect(res.status).toBe(422);
  expect((res.json as { errors: unknown }).errors).toEqual([{ field, message }]);
});

it('records evaluations and knows the ticket', async () => {
  fakes.qa.reset();
  await postJson(http(), '/evaluate', { conversation_id: '4242', agent_id: '7', messages: [{ role: 'agent', content: 'Hello' }] });
  expect(fakes.qa.service.state().evaluations).toHaveLength(1);
  expect(fakes.qa.log()).toEqual([expect.objectContaining({ endpoint: 'POST /evaluate', ticketId: 4242 })]);
});
