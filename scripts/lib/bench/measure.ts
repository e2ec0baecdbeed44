/**
 * Runs a command and measures it as a user would experience it: wall time, and the peak memory of
 * the whole process tree (Astro starts workers and Pagefind runs as its own process), sampled from
 * /proc every 50 ms. Linux only, like the machines this runs on.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measurement {
  ok: boolean;
  wallSeconds: number;
  /** Highest total resident memory of the command and its descendants, in bytes. */
  peakBytes: number;
  output: string;
}

const pageSize = 4096;

/** Resident bytes of `root` and every process descended from it. */
export function treeResidentBytes(root: number): number {
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may contain spaces: state is 3, ppid 4, rss 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const parent = Number(fields[1]);
      resident.set(pid, Number(fields[21]) * pageSize);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += resident.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const sample = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
    }, 50);
    child.on('close', (code) => {
      clearInterval(sample);
      resolve({ ok: code === 0, wallSeconds: (performance.now() - started) / 1000, peakBytes, output });
    });
  });
}
