/**
 * Content collections: assemblies (assembly.yaml and the MDX front matter, through our loader) and
 * the MDX folders of every assembly, which pages render. The MDX collections carry no schema: the
 * assembly loader has already validated their front matter (with YAML 1.2, like assembly.yaml),
 * and pages read the validated metadata from the assemblies collection. What to build, and the
 * assemblies already checked, come from the assembly-site integration (scripts/lib/astro/).
 */
import { defineCollection } from 'astro:content';
import { target } from 'virtual:assembly-site';
import { checked } from 'virtual:assembly-site/checked';
import { assemblyLoader } from './lib/content/assembly-loader.ts';
import { mdxLoader } from './lib/content/mdx-loader.ts';

export const collections = {
  assemblies: defineCollection({ loader: assemblyLoader(target, checked) }),
  report: defineCollection({ loader: mdxLoader('report', target) }),
  news: defineCollection({ loader: mdxLoader('news', target) }),
  transcripts: defineCollection({ loader: mdxLoader('transcripts', target) }),
};
