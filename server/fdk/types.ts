/**
 * The shapes of the FDK's serverless APIs as we use them (docs/platform.md "Request templates: invoking and results",
 * "renderData", "Key-value store", "Scheduled events: the $schedule API").
 */
import type requests from '../../config/requests.json';

/** Only templates that exist in config/requests.json can be named. */
export type TemplateName = keyof typeof requests;

export interface InvokeArgs {
  context?: Record<string, string | number>;
  body?: string;
  query?: Record<string, string | number>;
}

export interface FdkResponse {
  status: number;
  headers: Record<string, string>;
  response: string;
}

export interface FdkRequest {
  invokeTemplate(name: TemplateName, args: InvokeArgs): Promise<FdkResponse>;
}

export interface FdkDb {
  set(key: string, value: object, options?: { ttl?: number; setIf?: 'exist' | 'not_exist' }): Promise<unknown>;
  get(key: string): Promise<Record<string, unknown>>;
  update(key: string, action: 'set' | 'remove' | 'increment' | 'append', attributes: unknown): Promise<unknown>;
  delete(key: string): Promise<unknown>;
  /** The entity store (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/data-storage/entity-storage/). */
  entity?(options: { version: 'v1' }): { get(name: string): FdkEntity };
}

export interface FdkEntityRecord {
  display_id: string;
  data: Record<string, unknown>;
}

export interface FdkEntity {
  create(data: Record<string, unknown>): Promise<{ record: FdkEntityRecord }>;
  getAll(options?: { query?: Record<string, unknown>; next?: { marker: string } }): Promise<{ records: FdkEntityRecord[]; links?: { next?: { marker: string } } }>;
  update(displayId: string, data: Record<string, unknown>): Promise<unknown>;
  delete(displayId: string): Promise<unknown>;
}

export interface FdkSchedule {
  create(def: { name: string; data: object; schedule_at: string; repeat?: object }): Promise<unknown>;
  fetch(args: { name: string }): Promise<unknown>;
  update(def: { name: string; data: object; schedule_at: string; repeat?: object }): Promise<unknown>;
  delete(args: { name: string }): Promise<unknown>;
}

export type { RenderData } from '../ports';
