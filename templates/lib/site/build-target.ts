/**
 * What this build produces. The build script sets these; Astro pages and the content loader read
 * them. ASSEMBLY_ONLY builds one assembly rooted at the site's root, for its own domain.
 */
export interface BuildTarget {
  /** The one assembly to build, or undefined for every assembly under /<id>/. */
  only: string | undefined;
  /** Folder the assemblies are read from. */
  assembliesDir: string;
  /** Build the examples even beside an assembly of the organisers' own. */
  withExamples: boolean;
}

export function buildTarget(env: Record<string, string | undefined> = process.env): BuildTarget {
  return {
    only: env['ASSEMBLY_ONLY'] || undefined,
    assembliesDir: env['ASSEMBLIES_DIR'] || 'assemblies',
    withExamples: env['ASSEMBLIES_WITH_EXAMPLES'] === '1',
  };
}
