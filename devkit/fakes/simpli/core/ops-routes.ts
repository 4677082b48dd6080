/**
 * The routes every create_app() service has besides its own (docs/simpli.md "Ops endpoints"): FastAPI's /openapi.json,
 * /docs, /docs/oauth2-redirect, /redoc, then core's /health and (for services with a CostTracker) /usage.
 * The documentation pages are stand-ins: enough for a client that checks they exist and need no key.
 */
import type { Route } from './route';

export interface OpsOptions {
  title: string;
  description: string;
  /** Sentiment passes a CostTracker, so it has GET /usage (docs/simpli.md "Ops endpoints"). */
  usage: boolean;
}

const html = (title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><p>${title} (local fake)</p></body></html>`;

export function opsRoutes(opts: OpsOptions, serviceRoutes: () => readonly Route[]): Route[] {
  const page = (title: string) => () => ({
    body: null,
    rawBody: html(title),
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
  const routes: Route[] = [
    {
      method: 'GET',
      path: '/openapi.json',
      handle: () => ({ body: openApi(opts, [...routes, ...serviceRoutes()]) }),
    },
    { method: 'GET', path: '/docs', handle: page(`${opts.title} - Swagger UI`) },
    { method: 'GET', path: '/docs/oauth2-redirect', handle: page('Swagger UI: OAuth2 Redirect') },
    { method: 'GET', path: '/redoc', handle: page(`${opts.title} - ReDoc`) },
    { method: 'GET', path: '/health', summary: 'Health', handle: () => ({ body: { status: 'ok' } }) },
  ];
  if (opts.usage) {
    // A CostTracker that never saw an LLM call: Decimal("0") serialises as the string "0" (docs/simpli.md
    // "Ops endpoints").
    routes.push({
      method: 'GET',
      path: '/usage',
      summary: 'Usage',
      handle: () => ({ body: { models: {}, total_cost: '0', total_tokens: 0 } }),
    });
  }
  return routes;
}

function openApi(opts: OpsOptions, routes: readonly Route[]): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  const hidden = new Set(['/openapi.json', '/docs', '/docs/oauth2-redirect', '/redoc']);
  for (const r of routes) {
    if (hidden.has(r.path)) continue;
    const path = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    (paths[path] ??= {})[r.method.toLowerCase()] = { summary: r.summary ?? r.path };
  }
  return { openapi: '3.1.0', info: { title: opts.title, description: opts.description, version: '0.1.0' }, paths };
}
