/**
 * The entity store as the app sees it: `$db.entity({ version: 'v1' })` on the server, `client.db.entity(…)` in
 * the browser, then `.get('<entity>')` for the six record methods (entity_storage_doc.md, see limits.ts). Every
 * method answers a promise; a failure rejects with `{ status, message, errorSource }`, plus `errors: [{ name,
 * message }]` for invalid input (the documented error object).
 */

export interface EntityRecord {
  /** "<prefix>-<n>": the entity's prefix and a number that only goes up. */
  display_id: string;
  /** ISO-8601 with milliseconds, on the platform clock. */
  created_time: string;
  updated_time: string;
  data: Record<string, unknown>;
}

export interface EntitySchemaInfo {
  id: number;
  name: string;
  prefix: string;
  fields: unknown[];
}

export interface EntityPage {
  records: EntityRecord[];
  /** Present only when another page exists. */
  links?: { next: { marker: string } };
}

export interface EntityError {
  status: number;
  message: string;
  errorSource: 'APP' | 'PLATFORM';
  errors?: { name: string; message: string }[];
}

export const ENTITY_METHODS = ['schema', 'create', 'get', 'getAll', 'update', 'delete'] as const;
export type EntityMethod = (typeof ENTITY_METHODS)[number];

/** One entity's reference (`entity.get('<name>')`). Arguments are taken as unknown: the app may pass anything. */
export interface EntityRef {
  schema(): Promise<EntitySchemaInfo>;
  create(data: unknown): Promise<{ record: EntityRecord }>;
  get(displayId: unknown): Promise<{ record: EntityRecord }>;
  getAll(options?: unknown): Promise<EntityPage>;
  update(displayId: unknown, data: unknown): Promise<{ record: EntityRecord }>;
  delete(displayId: unknown): Promise<Record<string, never>>;
}

/** `$db.entity` / `client.db.entity`: synchronous, as the documented examples call it without await. */
export interface EntityDb {
  entity(options?: unknown): { get(name: unknown): EntityRef };
}

export function entityError(status: number, message: string, errors?: EntityError['errors'], errorSource: EntityError['errorSource'] = 'APP'): EntityError {
  return { status, message, errorSource, ...(errors ? { errors } : {}) };
}
