/**
 * What a build's output depends on, split in two for the quick rebuild (quick-rebuild.ts): one
 * digest of everything except the bodies of news posts and transcripts, and a digest of each of
 * those bodies. When only bodies differ from the last build, only the pages showing them change.
 */
import { createHash } from 'node:crypto';
import { git } from '../../../templates/lib/git.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMdxSource } from '../../../templates/lib/config/mdx-source.ts';
import { listAssemblyIds } from '../../../templates/lib/config/load-all.ts';
import { bodyDigest, mdxEntryId } from '../../../templates/lib/content/mdx-loader.ts';
import { listFiles } from '../../../templates/lib/archive/output-hash.ts';

/** MDX folders whose bodies appear only as HTML inside pages; report chapters also feed the text and e-book versions. */
export const patchableFolders = ['news', 'transcripts'] as const;

export interface SourceFingerprint {
  /** Digest of the templates, configuration, installed packages, build options and assemblies, without those bodies. */
  rest: string;
  /** Digest of each body, by "<folder>/<entry id>", such as "transcripts/riverside-2027/evidence-1". */
  bodies: Record<string, { file: string; digest: string; body: string }>;
}

export interface FingerprintOptions {
  root: string;
  assembliesDir: string;
  only: string | undefined;
  /** The base path asked for; one taken from site.url follows assembly.yaml, which is covered. */
  base: string | undefined;
  outDir: string;
  /** Whether the examples are built beside an assembly of the organisers' own. */
  withExamples?: boolean | undefined;
  /** Whether every MDX file is rendered by Astro's own pipeline (a different renderer, so a different build). */
  mdxThroughAstro?: boolean | undefined;
}

const filesUnder = (dir: string) => (existsSync(dir) ? listFiles(dir) : []);

/** The commit the assemblies are at: "last updated" dates and session histories come from git. */
function gitHead(dir: string): string {
  return git(dir, ['rev-parse', 'HEAD'])?.trim() ?? '';
}

/** "<folder>/<entry id>" for a news or transcript file given relative to the assemblies folder. */
function patchableKey(file: string): string | undefined {
  const [, folder, name, ...rest] = file.split('/');
  if (rest.length > 0 || !name?.endsWith('.mdx') || !patchableFolders.includes(folder as (typeof patchableFolders)[number])) return undefined;
  return `${folder}/${mdxEntryId(file)}`;
}

export function sourceFingerprint(options: FingerprintOptions): SourceFingerprint {
  const hash = createHash('sha256');
  const add = (name: string, content: string | Buffer) => hash.update(`${name}\0${content.length}\0`).update(content);
  add('options', JSON.stringify({ base: options.base ?? null, only: options.only ?? null, outDir: options.outDir, withExamples: options.withExamples === true, mdxThroughAstro: options.mdxThroughAstro === true, git: gitHead(options.assembliesDir) }));

  const projectFiles = [
    ...filesUnder(join(options.root, 'templates')).map((file) => `templates/${file}`),
    // The build's own code, which writes the search index, redirects and sitemaps.
    ...filesUnder(join(options.root, 'scripts', 'lib')).map((file) => `scripts/lib/${file}`),
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    // npm's record of what is installed, which changes whenever node_modules does.
    'node_modules/.package-lock.json',
  ];
  for (const file of projectFiles) {
    const path = join(options.root, file);
    if (existsSync(path)) add(file, readFileSync(path));
  }

  const bodies: SourceFingerprint['bodies'] = {};
  const ids = options.only ? [options.only] : listAssemblyIds(options.assembliesDir);
  for (const id of ids) {
    for (const inAssembly of filesUnder(join(options.assembliesDir, id))) {
      const file = `${id}/${inAssembly}`;
      const content = readFileSync(join(options.assembliesDir, file));
      const key = patchableKey(file);
      if (!key) {
        add(file, content);
        continue;
      }
      const text = content.toString('utf8');
      const { body } = parseMdxSource(text);
      add(file, text.slice(0, text.length - body.length));
      bodies[key] = { file, digest: bodyDigest(body), body };
    }
  }
  return { rest: hash.digest('hex'), bodies };
}
