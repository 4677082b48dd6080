/**
 * Events and look-ups for the sentiment and QA integration tests, on the shared harness (test/helpers/stack.ts):
 * onConversationCreate data built from a conversation the fake Freshdesk holds (docs/platform.md
 * "Event payloads: onConversationCreate"), onTicketUpdate data for a status change (docs/platform.md
 * "Event payloads: onTicketUpdate"), the bodies the app sent, and a stack on the fresh "globex" account (no sentiment
 * contact fields).
 */
import { installApp } from '../../../devkit/harness/start-harness';
import axios from 'axios';
import { FRESH_ADMIN_API_KEY } from '../../../devkit/demo';
import type { PlatformRun } from '../../../devkit/platform/local-platform';
import { createRequestApi, type RequestApiOptions } from '../../../devkit/platform/request';
import type { InvokeTemplateArgs } from '../../../devkit/platform/types';
import { startStack, type Stack, type StackOptions } from '../../helpers/stack';
import { customerReply, replyData, statusChange, type Json } from '../../../devkit/harness/events';

export { customerReply, replyData, statusChange, type Json };
export { addConversation } from '../../../devkit/harness/conversations';
import { addConversation } from '../../../devkit/harness/conversations';

/** Every template call's arguments, by template name: what the app sent, not only that it sent it. */
export function captureRequests() {
  const sent: Array<{ template: string; args: InvokeTemplateArgs }> = [];
  const factory = (options: RequestApiOptions) => {
    const api = createRequestApi(options);
    return {
      invokeTemplate: (template: string, args: InvokeTemplateArgs = {}) => {
        sent.push({ template, args: structuredClone(args) });
        return api.invokeTemplate(template, args);
      },
    };
  };
  const bodies = (template: string): Json[] => sent.filter((s) => s.template === template).map((s) => JSON.parse(s.args.body ?? '{}') as Json);
  return { factory, bodies };
}

/** The demo stack after onAppInstall (ticket schema and contact fields cached), logs cleared. */
export async function installedStack(options: StackOptions = {}): Promise<Stack> {
  const stack = await startStack(options);
  await installApp(stack);
  stack.clearLogs();
  return stack;
}

export function conversationOf(stack: Stack, ticketId: number, conversationId: number): Json {
  const found = stack.state().conversations[String(ticketId)]?.find((c) => c.id === conversationId);
  if (!found) throw new Error(`no conversation ${conversationId} on ticket ${ticketId}`);
  return found as unknown as Json;
}

export const fireReply = (stack: Stack, ticketId: number, conversationId: number, overrides: Json = {}): Promise<PlatformRun> =>
  stack.platform.fireEvent('onConversationCreate', replyData({ ...conversationOf(stack, ticketId, conversationId), ...overrides }));

export const fireStatus = async (stack: Stack, ticketId: number, from: number, to: number, at: string): Promise<PlatformRun> =>
  stack.platform.fireEvent('onTicketUpdate', await statusChange(stack, ticketId, from, to, at));

export const ticketRecord = (stack: Stack, ticketId: number): Json => (stack.platform.db.peek(`ticket:${ticketId}`) ?? {}) as Json;
export const contactFieldsOf = (stack: Stack, contactId: number): Json =>
  (stack.state().contacts.find((c) => c.id === contactId)?.custom_fields ?? {}) as Json;
export const qaNotes = (stack: Stack, ticketId: number) => stack.notes(ticketId).filter((n) => n.body.includes('Simpli QA score'));
export const scheduleNames = (stack: Stack): string[] => stack.platform.schedule.list().map((s: { name: string }) => s.name);
/** The backlog's entries (the `jobs` entity) as stored, the input (a paragraph of JSON) read back. */
export const jobs = (stack: Stack): Json[] =>
  (stack.platform.entities?.records('jobs') ?? []).map((r) => {
    const data = r.data as Json;
    return typeof data.input === 'string' ? { ...data, input: JSON.parse(data.input) } : data;
  });
export const linesAbout = (run: PlatformRun, text: string): string[] => run.logs.filter((l) => l.includes(text));

/** Lets the fake finish a request the app stopped waiting for (a latency fault beyond the request timeout). */
export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Adds `count` public conversations to a ticket (alternately the customer's and the agent's), so that its
 * conversation runs past one page of 100 (docs/freshdesk.md "Conversations and pagination").
 */
export async function growThread(stack: Stack, ticketId: number, count: number, contactId: number): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    const customer = i % 2 === 1;
    const body = customer ? `<div>Follow-up ${i}: still the same.</div>` : `<div>Thanks, looking into it (${i}).</div>`;
    await addConversation(stack, ticketId, body, customer ? { incoming: true, userId: contactId } : {});
  }
}

export type GlobexStack = Stack;

/** The fresh account (globex): no "Sentiment Score" / "Escalation Risk" contact fields until a test creates one. */
export const startGlobex = (platform: StackOptions['platform'] = {}): Promise<Stack> => startStack({ account: 'fresh', platform });

/**
 * Creates a custom contact field on globex as its admin would (POST /api/v2/contact_fields, docs/freshdesk.md
 * "Contact fields").
 */
export async function createContactField(stack: GlobexStack, field: Json): Promise<void> {
  const api = axios.create({ baseURL: stack.fakes.freshdesk.url, auth: { username: FRESH_ADMIN_API_KEY, password: 'X' } });
  await api.post('/api/v2/contact_fields', field);
}

/** Stacks a test file opens, each closed after its test: `begin` installs one, `track` adds any other. */
export function stacksClosedAfterEach() {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return {
    begin: async (options: StackOptions = {}): Promise<Stack> => {
      const stack = await installedStack(options);
      open.push(stack);
      return stack;
    },
    track: (stack: { close(): Promise<void> }) => void open.push(stack),
  };
}
