/**
 * Starlette's routing as FastAPI apps see it: the first route matching path and method wins; a path that
 * matches only under another method is 405 with Allow (FastAPI routes do not add HEAD, so GET-only is
 * "Allow: GET"); no match at all is 404, unless the path with its trailing slash toggled matches, which is a
 * 307 redirect (redirect_slashes). Path parameters match [^/]+ on the decoded path.
 */
import type { Route } from './route';

export type RouteMatch =
  | { kind: 'full'; route: Route; params: Record<string, string> }
  | { kind: 'method'; route: Route }
  | { kind: 'redirect'; location: string }
  | { kind: 'none' };

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
}

export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.path
        .split('/')
        .map((seg) => {
          if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(seg.slice(1));
          return '([^/]+)';
        })
        .join('/');
      return { route, regex: new RegExp(`^${source}$`), names };
    });
  }

  match(method: string, path: string): RouteMatch {
    const found = this.find(method, path);
    if (found.kind !== 'none' || path === '/') return found;
    const other = path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
    return this.find(method, other).kind === 'none' ? found : { kind: 'redirect', location: other };
  }

  private find(method: string, path: string): RouteMatch {
    let partial: Route | undefined;
    for (const { route, regex, names } of this.compiled) {
      const m = regex.exec(path);
      if (!m) continue;
      if (route.method !== method) {
        partial ??= route;
        continue;
      }
      const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? '']));
      return { kind: 'full', route, params };
    }
    return partial ? { kind: 'method', route: partial } : { kind: 'none' };
  }
}
