/** npm run archive:verify -- <file.zip>: check a bundle against its manifest and report any change. */
import './unexpected-errors.ts';
import { readFileSync } from 'node:fs';
import { verifyBundle } from '../templates/lib/archive/verify.ts';
import { readArgs } from './args.ts';

const file = readArgs().positionals[0];
if (!file) {
  console.error('Say which bundle to check, for example: npm run archive:verify -- riverside-2027-archive.zip');
  process.exit(1);
}
const result = verifyBundle(new Uint8Array(readFileSync(file)));
if (result.ok) console.log(`${file}: all ${result.checked} files match the manifest.`);
else console.error([`${file}: ${result.problems.length} problem(s):`, ...result.problems.map((p) => `- ${p}`)].join('\n'));
process.exitCode = result.ok ? 0 : 1;
