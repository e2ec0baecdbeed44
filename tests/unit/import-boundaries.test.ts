/**
 * Where code runs is where it lives (issue 18). The domain core (templates/schema, templates/lib
 * except content/) is plain TypeScript: it imports nothing from Astro, so the checks, writers and
 * rules run in scripts and tests without it. Astro's glue is in templates/lib/content/; Node tooling
 * that drives Astro is in scripts/lib/. Lower layers never import higher ones.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Rule {
  /** What the rule keeps apart, in words. */
  says: string;
  /** The files it applies to. */
  from: (file: string) => boolean;
  /** An import those files may not make: a repository path, or a package name. */
  forbids: (target: string) => boolean;
}

const under = (...folders: string[]) => (path: string) => folders.some((folder) => path.startsWith(`${folder}/`));
const isAstro = (target: string) => /^(astro|astro:|@astrojs\/|virtual:)/.test(target);
const foundation = (path: string) => /^templates\/lib\/[^/]+\.ts$/.test(path);
const interfaceWords = under('templates/lib/i18n');
const domainCore = (path: string) => under('templates/schema', 'templates/lib')(path) && !under('templates/lib/content')(path);

const rules: Rule[] = [
  { says: 'the site never imports Node tooling or tests', from: under('templates'), forbids: under('scripts', 'tests') },
  { says: 'scripts never import tests', from: under('scripts'), forbids: under('tests') },
  { says: 'the domain core imports nothing from Astro', from: domainCore, forbids: isAstro },
  { says: 'the schema imports only the schema', from: under('templates/schema'), forbids: (t) => !t.startsWith('templates/schema/') && (t.startsWith('templates/') || t.startsWith('scripts/')) },
  { says: 'the foundation (templates/lib/*.ts) imports only the schema and itself', from: foundation, forbids: (t) => t.startsWith('templates/lib/') ? !foundation(t) : t.startsWith('templates/') && !t.startsWith('templates/schema/') },
  {
    says: 'the interface catalogues (templates/lib/i18n/) import only the schema, the foundation and themselves',
    from: interfaceWords,
    forbids: (t) => t.startsWith('templates/') && !interfaceWords(t) && !foundation(t) && !t.startsWith('templates/schema/'),
  },
  {
    says: 'loading and checks (templates/lib/config/) import only the schema, the foundation, the interface catalogues and themselves',
    from: under('templates/lib/config'),
    forbids: (t) => t.startsWith('templates/') && !t.startsWith('templates/schema/') && !t.startsWith('templates/lib/config/') && !foundation(t) && !interfaceWords(t),
  },
];

/** Every import of a file, as a repository path (relative imports) or a package name. */
function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)].map((m) => {
    const target = (m[1] ?? m[2] ?? m[3])!;
    return target.startsWith('.') ? normalize(join(dirname(file), target)).split('\\').join('/') : target;
  });
}

function crossings(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([file, text]) =>
    importsOf(file, text).flatMap((target) => rules.filter((rule) => rule.from(file) && rule.forbids(target)).map((rule) => `${file} imports ${target}: ${rule.says}`)),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return name === 'fixtures' || name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

describe('import boundaries', () => {
  it('no import crosses a boundary the wrong way', () => {
    const files = Object.fromEntries(['templates', 'scripts'].flatMap(sourceFiles).map((file) => [file, readFileSync(file, 'utf8')]));
    expect(Object.keys(files).length).toBeGreaterThan(150);
    expect(crossings(files)).toEqual([]);
  });

  it('would notice each kind of crossing, and allows the imports that keep to the layers', () => {
    const wrong = {
      'templates/lib/site/a.ts': "import { x } from '../../../scripts/lib/build/y.ts';",
      'scripts/lib/b.ts': "import { launch } from '../../tests/support/browser.ts';",
      'templates/lib/report/c.ts': "import type { AstroConfig } from 'astro';\nimport { getCollection } from 'astro:content';",
      'templates/schema/d.ts': "import { today } from '../lib/time-zone.ts';",
      'templates/lib/e.ts': "import { phaseOf } from './site/phase.ts';",
      'templates/lib/config/f.ts': "export { videoEmbed } from '../site/video.ts';",
      'templates/lib/i18n/j.ts': "import { formatDate } from '../site/format.ts';",
    };
    expect(crossings(wrong)).toHaveLength(8);
    const right = {
      'templates/lib/content/g.ts': "import type { Loader } from 'astro/loaders';\nimport { loadAll } from '../config/load-all.ts';",
      'templates/lib/config/h.ts': "import * as z from 'zod';\nimport { today } from '../time-zone.ts';\nimport type { AssemblyConfig } from '../../schema/assembly.ts';",
      'scripts/lib/build/i.ts': "import { loadAll } from '../../../templates/lib/config/load-all.ts';",
      'templates/lib/config/k.ts': "import { catalogueGaps } from '../i18n/catalogue.ts';",
      'templates/lib/i18n/l.ts': "import { numberFormat } from '../intl-formats.ts';",
    };
    expect(crossings(right)).toEqual([]);
  });
});
