/**
 * Web addresses of every page. Paths are relative to an assembly's root: /<id>/ when several
 * assemblies are built together, / when one is built alone. These URLs are public: keep them.
 */

export interface RouteContext {
  /** The site's base path, such as "/" or "/citizens-assembly/". */
  base: string;
  /** Set when one assembly is built alone and rooted at the base. */
  only: string | undefined;
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .filter((part) => part.length > 0)
    .join('/')
    .replace(/\/{2,}/g, '/');
  const withLead = joined.startsWith('/') ? joined : `/${joined}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** The root of an assembly's pages. */
export function assemblyRoot(context: RouteContext, id: string): string {
  return context.only ? joinPath(context.base) : joinPath(context.base, id);
}

/** A page of an assembly: pagePath(ctx, 'gc-2019', 'sessions', 'day-1') → /gc-2019/sessions/day-1/ */
export function pagePath(context: RouteContext, id: string, ...segments: string[]): string {
  return joinPath(assemblyRoot(context, id), ...segments.map(encodeURIComponent));
}

/** The site root (lists every assembly in a multi-assembly build). */
export function siteRoot(context: RouteContext): string {
  return joinPath(context.base);
}

/** The `assembly` route parameter: undefined (site root) in a single-assembly build. */
export function assemblyParam(context: RouteContext, id: string): string | undefined {
  return context.only ? undefined : id;
}
