/** Matching paths against the route table; also gives the kit its "METHOD /pattern" endpoint names. */
import type { Route } from './context';

export interface RouteMatch {
  route: Route;
  id: number;
}

const compiled = new WeakMap<Route, RegExp>();

function regexOf(route: Route): RegExp {
  let re = compiled.get(route);
  if (!re) {
    re = new RegExp(`^${route.pattern.replace(/:id/g, '(\\d+)')}/?$`);
    compiled.set(route, re);
  }
  return re;
}

export function matchRoute(routes: readonly Route[], path: string): RouteMatch | undefined {
  for (const route of routes) {
    const m = regexOf(route).exec(path);
    if (m) return { route, id: m[1] ? Number(m[1]) : 0 };
  }
  return undefined;
}

export function needsAdmin(route: Route, method: string): boolean {
  return route.pattern.startsWith('/api/v2/admin/') || (route.adminMethods ?? []).includes(method);
}
