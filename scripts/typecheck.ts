/** npm run typecheck: strict TypeScript over every .ts and .astro file (astro check), with telemetry off. */
import { spawnSync } from 'node:child_process';
import { quietAstroEnvironment } from './lib/astro/environment.ts';

quietAstroEnvironment();
const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
