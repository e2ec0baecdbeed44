/**
 * The module the Astro integration (scripts/lib/astro/assembly-site.ts) provides to the content
 * config and the pages: what to build, and the assemblies it has already checked.
 */
declare module 'virtual:assembly-site' {
  /** Which assemblies, from where. */
  export const target: import('./lib/site/build-target.ts').BuildTarget;
}

/** For the content config only: the assemblies the integration checked before Astro started (MDX text left out), or undefined for the loader to read them. */
declare module 'virtual:assembly-site/checked' {
  export const checked: import('./lib/config/load-all.ts').LoadAllResult | undefined;
}
