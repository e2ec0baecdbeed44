/**
 * `npm run dev` as an organiser uses it (issue 14): the real server on a copy of an assembly.
 * A save that breaks assembly.yaml or an MDX file shows the problems in the browser, at their
 * line and column, until a save fixes them; a valid save shows the change. Never a stale page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEpoch } from '../support/build-examples.ts';

const dir = mkdtempSync(join(tmpdir(), 'dev-'));
const config = join(dir, 'alpha', 'assembly.yaml');
const post = join(dir, 'alpha', 'news', '2019-09-08-voted.mdx');
const port = 40_000 + Math.floor(Math.random() * 20_000);
const home = `http://localhost:${port}/alpha/`;
let server: ChildProcess;
let output = '';

/** The home page as a browser asks for it. */
async function page(): Promise<{ status: number; text: string }> {
  const response = await fetch(home, { headers: { accept: 'text/html' } });
  return { status: response.status, text: await response.text() };
}

/** Asks again until the page is as expected: the server notices a save within a second or two. */
async function pageWhen(ready: (answer: { status: number; text: string }) => boolean): Promise<{ status: number; text: string }> {
  let last = { status: 0, text: '' };
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((done) => setTimeout(done, 300))) {
    last = await page().catch(() => last);
    if (ready(last)) return last;
  }
  throw new Error(`The page never became as expected. Last answer: ${last.status}\n${last.text.slice(0, 2000)}\nServer output:\n${output}`);
}

describe('npm run dev', () => {
  beforeAll(async () => {
    cpSync('tests/fixtures/sites/two-assemblies/alpha', join(dir, 'alpha'), { recursive: true });
    // Without Vitest's own variables: Astro's dev server takes VITEST to mean it runs inside a test runner, and serves no pages.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
    server = spawn(process.execPath, ['scripts/dev.ts', '--port', String(port)], {
      env: { ...env, ASSEMBLIES_DIR: dir, SOURCE_DATE_EPOCH: testEpoch, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await pageWhen(({ status }) => status === 200);
  });

  afterAll(() => {
    server.kill();
  });

  it('shows the site, and a valid save shows the change', async () => {
    const good = readFileSync(config, 'utf8');
    expect((await page()).text).toContain('Alpha Citizens');
    writeFileSync(config, good.replace("title: Alpha Citizens' Assembly on Testing", "title: Alpha Citizens' Assembly on Saving"));
    await pageWhen(({ status, text }) => status === 200 && text.includes('Assembly on Saving'));
    writeFileSync(config, good);
    await pageWhen(({ text }) => text.includes('Assembly on Testing'));
  });

  it('shows what is wrong with assembly.yaml in place of the site until a save fixes it', async () => {
    const good = readFileSync(config, 'utf8');
    writeFileSync(config, good.replace('\nquestion: ', '\nquestoin: '));
    const broken = await pageWhen(({ status }) => status === 500);
    expect(broken.text).toContain('alpha/assembly.yaml:11:1  questoin: &quot;questoin&quot; is not a field the generator knows here. Did you mean &quot;question&quot;?');
    expect(broken.text).not.toContain('Alpha Citizens');
    // Still broken on the next visit: the old page never comes back while the file is wrong.
    expect((await page()).status).toBe(500);
    writeFileSync(config, good);
    expect((await pageWhen(({ status }) => status === 200)).text).toContain('Alpha Citizens');
  });

  it('shows a YAML syntax error and an MDX mistake at their line and column', async () => {
    const good = readFileSync(config, 'utf8');
    writeFileSync(config, good.replace('remit: Members recommend', 'remit: Remit: members recommend'));
    expect((await pageWhen(({ status }) => status === 500)).text).toContain('alpha/assembly.yaml:12:13  The file is not valid YAML: this value contains a colon');
    writeFileSync(config, good);
    await pageWhen(({ status }) => status === 200);

    const text = readFileSync(post, 'utf8');
    writeFileSync(post, `${text}\nWe meet again {we hope}.\n`);
    const broken = await pageWhen(({ status }) => status === 500);
    expect(broken.text).toMatch(/news\/2019-09-08-voted\.mdx:\d+:15 {2}A curly bracket \{ starts a piece of code in MDX/);
    writeFileSync(post, text);
    await pageWhen(({ status }) => status === 200);
  });
});
