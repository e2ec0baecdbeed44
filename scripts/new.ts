/** npm run new -- <id>: create a starter assembly. */
import './unexpected-errors.ts';
import { assembliesDir } from '../templates/lib/config/load-all.ts';
import { createAssembly } from './lib/scaffold/new-assembly.ts';
import { readArgs } from './args.ts';

const id = readArgs().positionals[0];
if (!id) {
  console.error('Say which assembly to create, for example: npm run new -- riverside-2027');
  process.exit(1);
}
const result = createAssembly(assembliesDir(), id, new Date().toISOString().slice(0, 10));
(result.ok ? console.log : console.error)(result.message);
process.exitCode = result.ok ? 0 : 1;
