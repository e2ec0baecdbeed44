/**
 * Content collections: assemblies (assembly.yaml and the MDX front matter, through our loader) and
 * the MDX folders of every assembly, which pages render. The MDX collections carry no schema: our
 * loader has already validated their front matter (with YAML 1.2, like assembly.yaml), and pages
 * read the validated metadata from the assemblies collection.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { assemblyLoader } from './lib/content/assembly-loader.ts';
import { mdxSlug } from './lib/config/mdx-source.ts';
import { buildTarget } from './lib/site/build-target.ts';
import type { MdxFolder } from './schema/frontmatter.ts';

const target = buildTarget();

/** Ids are "<assembly>/<slug>", matching the loader's slugs. */
function mdxCollection(folder: MdxFolder) {
  return defineCollection({
    loader: glob({
      base: target.assembliesDir,
      pattern: `${target.only ?? '*'}/${folder}/*.mdx`,
      generateId: ({ entry }) => {
        const [assembly, , file] = entry.split('/') as [string, string, string];
        return `${assembly}/${mdxSlug(file)}`;
      },
    }),
  });
}

export const collections = {
  assemblies: defineCollection({ loader: assemblyLoader(target) }),
  report: mdxCollection('report'),
  news: mdxCollection('news'),
  transcripts: mdxCollection('transcripts'),
};
