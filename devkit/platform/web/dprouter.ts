/**
 * The JSON endpoints behind the browser client — the local `/dprouter` (docs/platform.md "fdk run: the local harness"):
 * one handler per client API, each calling the FrontendBackend and answering `{ value }` or `{ error }` with the error
 * in that API's rejection shape (see rejections.ts, protocol.ts).
 */
import type { FrontendBackend, InvokeTemplateArgs } from '../types';
import type { EditorStore } from './editor-state';
import { runTrigger, type ConfirmChoice, type Outcome } from './interface-actions';
import { runInstance } from './instance-actions';
import type { InterfaceLog } from './interface-log';
import type { DprouterOp, DprouterReply } from './protocol';
import { dbEntity } from './entity-op';
import { asApiError, asSmiFailure, asTemplateError, httpStatusOf, isRecord, routerRejection } from './rejections';
import { withoutSecure } from './secure-iparams';

export interface RouterContext {
  backend: FrontendBackend;
  /** Keys config/iparams.json declares secure and keys the saved config's `__meta.secure` names: never served. */
  secureKeys: ReadonlySet<string>;
  log: InterfaceLog;
  editors: EditorStore;
  confirmChoice(): ConfirmChoice;
  templateExists(template: string): Promise<boolean>;
}

export interface RouterReply {
  status: number;
  body: DprouterReply;
}

type Body = Record<string, unknown>;
type OpHandler = (body: Body, ctx: RouterContext) => Promise<RouterReply>;

const resolved = (value: unknown): RouterReply => ({ status: 200, body: { value: value ?? null } });
const rejected = (error: unknown): RouterReply => ({ status: httpStatusOf(error), body: { error } });
const apiReject = (status: number, message: string) => rejected(routerRejection.api(status, message));

/** The page's `?ticket=` as the client sent it; anything but a positive integer means "no ticket". */
export function ticketOf(body: Body): number | undefined {
  const t = body.ticket;
  return typeof t === 'number' && Number.isInteger(t) && t > 0 ? t : undefined;
}

const nonEmpty = (x: unknown): x is string => typeof x === 'string' && x !== '';

async function settle<T>(call: () => Promise<T>, shape: (err: unknown) => unknown): Promise<RouterReply> {
  try {
    return resolved(await call());
  } catch (err) {
    return rejected(shape(err));
  }
}

const invokeTemplate: OpHandler = async (body, { backend }) => {
  if (!nonEmpty(body.name)) return rejected(routerRejection.template(400, 'invokeTemplate needs a template name'));
  const args = body.args ?? {};
  if (!isRecord(args)) return rejected(routerRejection.template(400, 'invokeTemplate args must be an object'));
  const name = body.name;
  return settle(() => backend.invokeTemplate(name, args as InvokeTemplateArgs), asTemplateError);
};

const invoke: OpHandler = async (body, { backend }) => {
  if (!nonEmpty(body.name)) return rejected(routerRejection.smi(400, 'invoke needs a function name'));
  const payload = body.payload ?? {};
  if (!isRecord(payload)) return rejected(routerRejection.smi(400, 'invoke payload must be an object'));
  const name = body.name;
  return settle(() => backend.invokeSmi(name, payload), asSmiFailure);
};

const DB_UPDATE_ACTIONS = new Set(['set', 'remove', 'increment', 'append']);

function dbOp(run: (body: Body & { key: string }, ctx: RouterContext) => Promise<unknown>): OpHandler {
  return async (body, ctx) => {
    if (typeof body.key !== 'string') return apiReject(400, 'key must be a string');
    const withKey = body as Body & { key: string };
    return settle(() => run(withKey, ctx), asApiError);
  };
}

const dbSet = dbOp((b, { backend }) => backend.db.set(b.key, b.value, isRecord(b.options) ? b.options : undefined));
const dbGet = dbOp((b, { backend }) => backend.db.get(b.key));
const dbDelete = dbOp((b, { backend }) => backend.db.delete(b.key));
const dbUpdate: OpHandler = async (body, ctx) => {
  if (typeof body.action !== 'string' || !DB_UPDATE_ACTIONS.has(body.action)) {
    return apiReject(400, `update action must be one of ${[...DB_UPDATE_ACTIONS].join(', ')}`);
  }
  const action = body.action as 'set' | 'remove' | 'increment' | 'append';
  return dbOp((b, { backend }) => backend.db.update(b.key, action, b.attributes))(body, ctx);
};

const iparams: OpHandler = async (body, { backend, secureKeys }) => {
  let all: Record<string, unknown>;
  try {
    all = withoutSecure(backend.publicIparams(), secureKeys);
  } catch (err) {
    return rejected(asApiError(err));
  }
  if (body.key === undefined) return resolved(all);
  if (!nonEmpty(body.key)) return apiReject(400, 'iparams.get(key) needs a non-empty string key');
  if (secureKeys.has(body.key)) return apiReject(403, `Installation parameter "${body.key}" is secure and cannot be read in the browser`);
  // Unknown or unset keys reject (docs silent); get() without a key shows what exists.
  if (!Object.prototype.hasOwnProperty.call(all, body.key)) return apiReject(404, `Installation parameter "${body.key}" not found`);
  return resolved({ [body.key]: all[body.key] });
};

const data: OpHandler = async (body, { backend }) => {
  if (!nonEmpty(body.name)) return apiReject(400, 'data.get needs a data name');
  const name = body.name;
  return settle(() => backend.productData(name, ticketOf(body)), asApiError);
};

function logged(method: string, action: string | undefined, body: Body, outcome: Outcome, ctx: RouterContext): RouterReply {
  const base = { ticketId: ticketOf(body), method, ...(action === undefined ? {} : { action }), options: body.options ?? null };
  if (outcome.ok) {
    ctx.log.record({ ...base, outcome: 'resolved', result: outcome.value });
    return resolved(outcome.value);
  }
  ctx.log.record({ ...base, outcome: 'rejected', error: outcome.error });
  return rejected(outcome.error);
}

const interfaceTrigger: OpHandler = async (body, ctx) => {
  const outcome = await runTrigger(body.action, body.options, {
    ticketId: ticketOf(body),
    editors: ctx.editors,
    confirmChoice: ctx.confirmChoice(),
    templateExists: ctx.templateExists,
  });
  return logged('interface.trigger', typeof body.action === 'string' ? body.action : String(body.action), body, outcome, ctx);
};

const instance: OpHandler = async (body, ctx) => {
  const outcome = runInstance(body.method, body.options);
  return logged(`instance.${String(body.method)}`, undefined, body, outcome, ctx);
};

const HANDLERS: Readonly<Record<DprouterOp, OpHandler>> = {
  invokeTemplate,
  invoke,
  'db/set': dbSet,
  'db/get': dbGet,
  'db/update': dbUpdate,
  'db/delete': dbDelete,
  'db/entity': dbEntity,
  iparams,
  data,
  interface: interfaceTrigger,
  instance,
};

export function isDprouterOp(op: string): op is DprouterOp {
  return Object.prototype.hasOwnProperty.call(HANDLERS, op);
}

/** Runs one dprouter call. `body` is the parsed JSON request body. */
export async function route(op: DprouterOp, body: unknown, ctx: RouterContext): Promise<RouterReply> {
  if (!isRecord(body)) return rejectionForOp(op, 400, 'Request body must be a JSON object');
  return HANDLERS[op](body, ctx);
}

/** A transport-level refusal (bad JSON, too large, wrong content type) in the op's own rejection shape. */
export function rejectionForOp(op: DprouterOp, status: number, message: string): RouterReply {
  if (op === 'invokeTemplate') return rejected(routerRejection.template(status, message));
  if (op === 'invoke') return rejected(routerRejection.smi(status, message));
  return apiReject(status, message);
}
