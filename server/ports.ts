/** The small typed seams between handlers and the platform. Tests pass their own; server.ts passes the FDK's. */
import type { TemplateClient } from './fdk/request';
import type { RenderData } from './fdk/types';

/** One line per call; lines carry ids and error kinds, never payloads, headers or keys. */
export interface Log {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface Clock {
  now(): number;
}

export interface HandlerDeps {
  templates: TemplateClient;
  log: Log;
  clock: Clock;
  /** Read when a handler answers, because the platform binds renderData per invocation (fdk-platform.md §4.2). */
  renderData: () => RenderData;
}
