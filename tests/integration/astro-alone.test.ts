/**
 * Astro alone makes the site (issue 18): `astro build` and `astro dev`, with the assembly-site
 * integration in astro.config.mjs and nothing else, give what the npm scripts give.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputHash } from '../../templates/lib/archive/output-hash.ts';
import { buildSiteForTest, testEpoch } from '../support/build-examples.ts';

const fixtures = 'tests/fixtures/sites';
/** Without Vitest's own variables: Astro takes VITEST to mean it runs inside a test runner. */
const env = (assemblies: string) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
  ASSEMBLIES_DIR: assemblies,
  SOURCE_DATE_EPOCH: testEpoch,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
});
const astro = (args: string[], assemblies: string, more: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], { env: { ...env(assemblies), ...more }, encoding: 'utf8' });

describe('Astro alone', () => {
  it('astro build makes the same site, byte for byte, as npm run build, whatever BASE_URL the shell has', () => {
    const out = mkdtempSync(join(tmpdir(), 'astro-build-'));
    const built = astro(['build', '--outDir', out], `${fixtures}/two-assemblies`, { BASE_URL: '/stray/' });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    expect(built.stdout).toContain('Indexed');
    const npm = buildSiteForTest(`${fixtures}/two-assemblies`);
    expect(npm.status, npm.output).toBe(0);
    expect(outputHash(out)).toBe(outputHash(npm.out));
    expect(existsSync(join(out, 'robots.txt'))).toBe(true);
    expect(existsSync(join(out, 'pagefind'))).toBe(true);
  });

  it('astro build stops on a broken assembly, listing its problems, with nothing built', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'astro-broken-')), 'site');
    const built = astro(['build', '--outDir', out], `${fixtures}/broken`);
    expect(built.status).not.toBe(0);
    expect(`${built.stdout}${built.stderr}`).toContain('gamma/assembly.yaml:9:1  questoin: "questoin" is not a field the generator knows here. Did you mean "question"?');
    expect(existsSync(out)).toBe(false);
  });

  it('astro dev serves the site', async () => {
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], { env: env(`${fixtures}/two-assemblies`), stdio: 'ignore' });
    try {
      let text = '';
      for (const started = Date.now(); Date.now() - started < 60_000 && !text.includes('Alpha Citizens'); await new Promise((done) => setTimeout(done, 500))) {
        text = await fetch(`http://localhost:${port}/alpha/`, { headers: { accept: 'text/html' } }).then((r) => r.text(), () => '');
      }
      expect(text).toContain('Alpha Citizens');
    } finally {
      server.kill();
    }
  });
});
