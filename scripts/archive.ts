/** npm run archive -- <id> [--out file.zip]: build one assembly alone and write its archive bundle. */
import './unexpected-errors.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBundle } from '../templates/lib/archive/bundle.ts';
import { buildSite } from './lib/build/build-site.ts';
import { wantsColour } from '../templates/lib/config/colour.ts';
import { assembliesDir } from '../templates/lib/config/load-all.ts';
import { buildDate } from '../templates/lib/site/phase.ts';
import { readArgs, stringOption } from './args.ts';

const args = readArgs();
const id = args.positionals[0];
if (!id) {
  console.error('Say which assembly to archive, for example: npm run archive -- greater-cambridge-2019');
  process.exit(1);
}
const siteDir = join(mkdtempSync(join(tmpdir(), 'archive-')), 'site');
const result = await buildSite({ root: process.cwd(), only: id, outDir: siteDir, assembliesDir: assembliesDir(), logLevel: 'warn', colour: wantsColour(process.stdout) });
if (!result.ok) process.exit(1);
const { loadAll } = await import('../templates/lib/config/load-all.ts');
const config = loadAll({ only: id }).assemblies[0]!.config;
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const { zip, manifest } = createBundle(siteDir, {
  assembly: id,
  title: config.title,
  url: config.site.url,
  date: buildDate(),
  software: `Citizens' assembly site generator ${version}`,
});
const out = resolve(stringOption(args, 'out') ?? `${id}-archive.zip`);
writeFileSync(out, zip);
console.log(`Wrote ${out}: ${manifest.files.length} files, site SHA-256 ${manifest.site_sha256}, web archive ${manifest.web_archive}.`);
console.log(`Check it at any time with: npm run archive:verify -- ${out}`);
