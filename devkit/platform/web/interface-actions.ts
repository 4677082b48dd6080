/**
 * What `client.interface.trigger(action, options)` does locally (docs/platform.md
 * "Front end: the interface method and events"). Options are validated here, on the server, so every rule is in one
 * place and covered over HTTP; the browser only forwards.
 *
 * Decisions where the docs are silent:
 *  - An action the docs do not list rejects `{ status: 400 }` rather than silently succeeding, so a typo fails in
 *    a test instead of doing nothing in Freshdesk.
 *  - `setValue` on the editor needs `text` (the current key); the older `value` key is refused with a hint.
 *  - Actions without a documented result resolve `{ success: true }`; `showConfirm` resolves `{ message: <label of
 *    the clicked button> }` (the docs' "resolves with the clicked button's label", and the shape public apps
 *    read as `result.message`). Headless, the configured `confirmChoice` is clicked at once.
 */
import type { PlatformApiError } from '../types';
import type { EditorStore } from './editor-state';

export type Outcome = { ok: true; value: unknown } | { ok: false; error: PlatformApiError };

export type ConfirmChoice = 'save' | 'cancel';

export interface TriggerContext {
  ticketId: number | undefined;
  editors: EditorStore;
  confirmChoice: ConfirmChoice;
  /** Whether a modal/dialog template exists under app/ (showModal, showDialog). */
  templateExists(template: string): Promise<boolean>;
}

type Options = Record<string, unknown>;
type ActionHandler = (o: Options, ctx: TriggerContext) => Outcome | Promise<Outcome>;

const NOTIFY_TYPES = new Set(['info', 'success', 'warning', 'danger', 'alert']);
const DONE: Outcome = { ok: true, value: { success: true } };

export const reject = (message: string, status = 400): Outcome => ({ ok: false, error: { status, message } });
const isString = (x: unknown): x is string => typeof x === 'string';
const optional = <T>(x: unknown, check: (v: unknown) => v is T): boolean => x === undefined || check(x);
const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
const isPosition = (x: unknown): x is 'start' | 'end' => x === 'start' || x === 'end';

function needsId(o: Options): Outcome {
  return isString(o.id) && o.id !== '' ? DONE : reject('options.id must be a non-empty string');
}

function setEditor(o: Options, ctx: TriggerContext): Outcome {
  if (!isString(o.text)) {
    return reject(o.value !== undefined ? 'setValue on the editor takes options.text, not options.value' : 'options.text must be a string');
  }
  const { replace, position } = o;
  if (replace !== undefined && !isBool(replace)) return reject('options.replace must be a boolean');
  if (position !== undefined && !isPosition(position)) return reject('options.position must be "start" or "end"');
  ctx.editors.apply(ctx.ticketId, { text: o.text, replace, position });
  return DONE;
}

function setValue(o: Options, ctx: TriggerContext): Outcome {
  const idCheck = needsId(o);
  if (!idCheck.ok) return idCheck;
  if (o.id === 'editor') return setEditor(o, ctx);
  return o.value === undefined ? reject(`setValue on "${String(o.id)}" needs options.value`) : DONE;
}

function showNotify(o: Options): Outcome {
  if (!isString(o.type) || !NOTIFY_TYPES.has(o.type)) return reject(`options.type must be one of ${[...NOTIFY_TYPES].join(', ')}`);
  if (!isString(o.message) || o.message === '') return reject('options.message must be a non-empty string');
  return optional(o.title, isString) ? DONE : reject('options.title must be a string');
}

function showConfirm(o: Options, ctx: TriggerContext): Outcome {
  if (!isString(o.title) || !isString(o.message)) return reject('showConfirm needs string options.title and options.message');
  if (!optional(o.saveLabel, isString) || !optional(o.cancelLabel, isString)) return reject('saveLabel and cancelLabel must be strings');
  const label = ctx.confirmChoice === 'save' ? (o.saveLabel ?? 'Save') : (o.cancelLabel ?? 'Cancel');
  return { ok: true, value: { message: label } };
}

async function showTemplate(o: Options, ctx: TriggerContext): Promise<Outcome> {
  if (!isString(o.title) || !isString(o.template)) return reject('options.title and options.template must be strings');
  return (await ctx.templateExists(o.template)) ? DONE : reject(`Template ${o.template} not found in app/`, 404);
}

const ACTIONS: Readonly<Record<string, ActionHandler>> = {
  setValue,
  setOptions: (o) => (needsId(o).ok && Array.isArray(o.value) ? DONE : reject('setOptions needs options.id and an array options.value')),
  hide: needsId,
  show: needsId,
  enable: needsId,
  disable: needsId,
  click: needsId,
  // Timer actions (docs/platform.md "Front end: the interface method and events") carry no required options.
  start: () => DONE,
  stop: () => DONE,
  toggle: () => DONE,
  update: () => DONE,
  showNotify,
  showConfirm,
  showModal: showTemplate,
  showDialog: showTemplate,
};

export function isKnownAction(action: unknown): action is string {
  return isString(action) && Object.prototype.hasOwnProperty.call(ACTIONS, action);
}

export async function runTrigger(action: unknown, options: unknown, ctx: TriggerContext): Promise<Outcome> {
  if (!isKnownAction(action)) return reject(`Unknown interface action ${JSON.stringify(action)}`);
  const handler = ACTIONS[action];
  if (!handler) return reject(`Unknown interface action ${JSON.stringify(action)}`);
  const opts = options ?? {};
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) return reject('options must be an object');
  return handler(opts as Options, ctx);
}
