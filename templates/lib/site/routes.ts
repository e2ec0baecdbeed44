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

/**
 * The part of an assembly's id below the built root: '' for the assembly built alone, 'en' for its
 * English version ("<assembly>/en", languages.ts), the whole id when several are built together.
 */
function idBelowRoot(context: RouteContext, id: string): string {
  if (!context.only) return id;
  return id === context.only ? '' : id.slice(context.only.length + 1);
}

/** The root of an assembly's pages (or of one of its language versions). */
export function assemblyRoot(context: RouteContext, id: string): string {
  return joinPath(context.base, idBelowRoot(context, id));
}

/** A page of an assembly: pagePath(ctx, 'gc-2019', 'sessions', 'day-1') → /gc-2019/sessions/day-1/ */
export function pagePath(context: RouteContext, id: string, ...segments: string[]): string {
  return joinPath(assemblyRoot(context, id), ...segments.map(encodeURIComponent));
}

/** The site root (lists every assembly in a multi-assembly build). */
export function siteRoot(context: RouteContext): string {
  return joinPath(context.base);
}

/** The `assembly` route parameter: undefined (site root) for the assembly built alone. */
export function assemblyParam(context: RouteContext, id: string): string | undefined {
  return idBelowRoot(context, id) || undefined;
}
