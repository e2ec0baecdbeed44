/**
 * What this build produces: which assemblies, from where. The Astro integration
 * (scripts/lib/astro/assembly-site.ts) gives it to the content loaders and pages through the
 * virtual module "virtual:assembly-site" (templates/virtual-assembly-site.d.ts).
 */
export interface BuildTarget {
  /** The one assembly to build, rooted at the site's root, or undefined for every assembly under /<id>/. */
  only: string | undefined;
  /** Absolute path of the folder the assemblies are read from. */
  assembliesDir: string;
  /** Build the examples even beside an assembly of the organisers' own. */
  withExamples: boolean;
  /**
   * Where the MDX loaders write what they rendered, one JSON file per folder, for the quick
   * rebuild (scripts/lib/build/quick-rebuild.ts); undefined when no one asks.
   */
  renderedMdxDir: string | undefined;
  /**
   * Render every MDX file with Astro's own MDX pipeline instead of the content layer's renderer
   * (render-mdx.ts): the check that both give the same HTML (tests/integration/mdx-renderers.test.ts).
   */
  mdxThroughAstro: boolean;
}
