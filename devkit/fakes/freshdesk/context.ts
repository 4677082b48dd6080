/** What every resource handler gets, and the route table's shape. */
import type { FakeRequest, FakeResponse } from '../kit/types';
import type { SeedApiKey } from './account';
import type { FreshdeskStore } from './store';

export interface Ctx {
  req: FakeRequest;
  store: FreshdeskStore;
  /** The key's owner: the acting agent. */
  key: SeedApiKey;
  /** The numeric `:id` of the route, when it has one. */
  id: number;
  /** The parsed JSON object of a POST/PUT ({} for other verbs). */
  body: Record<string, unknown>;
  /** "https://acme.freshdesk.com": Link and Location headers point at the real host, as Freshdesk's do. */
  base: string;
}

export type Handler = (ctx: Ctx) => FakeResponse;

export interface Route {
  /** "/api/v2/tickets/:id" — `:id` matches digits only, so /tickets/abc is an unknown route (404). */
  pattern: string;
  methods: Partial<Record<string, Handler>>;
  /**
   * Methods that need an admin key (docs/freshdesk.md "Error responses": 403 access_denied otherwise). Every /admin/*
   * route is admin-only.
   */
  adminMethods?: string[];
}
