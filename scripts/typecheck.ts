/** npm run typecheck: strict TypeScript over every .ts and .astro file (astro check), with telemetry off. */
import { spawnSync } from 'node:child_process';
import { prepareAstroEnvironment } from './lib/build/build-site.ts';

prepareAstroEnvironment({});
const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
