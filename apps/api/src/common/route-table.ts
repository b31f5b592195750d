/**
 * The routes the API has, so an unknown route can be told apart from a known path asked with the wrong method
 * (404 vs 405). Fastify answers both with its not-found handler.
 */
export type RouteTable = {
  add: (method: string, url: string) => void;
  getAllowedMethods: (path: string) => string[];
  /** Every route as `METHOD /pattern`, as registered. */
  list: () => string[];
};

const toPattern = (url: string) =>
  new RegExp(
    `^${url
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}$`,
  );

export const createRouteTable = (): RouteTable => {
  const routes: { method: string; url: string; pattern: RegExp }[] = [];
  return {
    add: (method, url) => routes.push({ method: method.toUpperCase(), url, pattern: toPattern(url) }),
    list: () => routes.map((route) => `${route.method} ${route.url}`),
    getAllowedMethods: (path) => {
      // The router ignores one trailing slash, so the table does too.
      const normalised = path.length > 1 ? path.replace(/\/$/, '') : path;
      return [...new Set(routes.filter((route) => route.pattern.test(normalised)).map((route) => route.method))].sort();
    },
  };
};
