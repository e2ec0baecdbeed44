/**
 * npm run bench [-- --sizes 100,1000,3000] [--assemblies 2]: build synthetic assemblies of several
 * sizes and a bare Astro floor, and print build time, memory, page weight and the targets of
 * issue 7. Writes under the system's temporary folder and removes it afterwards.
 */
import './unexpected-errors.ts';
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkTargets, resultsTable, runBenchmark } from './lib/bench/benchmark.ts';
import { readArgs, stringOption } from './args.ts';

const args = readArgs();
const sizes = (stringOption(args, 'sizes') ?? '100,1000,3000').split(',').map(Number);
const assemblies = Number(stringOption(args, 'assemblies') ?? 2);
const workDir = mkdtempSync(join(tmpdir(), 'bench-'));
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
console.log(`Benchmark on ${machine}. Sizes: ${sizes.join(', ')} content pages.`);
try {
  const results = await runBenchmark({ root: process.cwd(), workDir, sizes, assemblies, epoch: '1795305600', log: console.log });
  console.log(`\n${resultsTable(results, assemblies)}\n`);
  for (const check of checkTargets(results)) console.log(`${check.met ? 'Met   ' : 'MISSED'}  ${check.target}: ${check.figure}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
