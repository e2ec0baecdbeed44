/**
 * What an MDX file may do (templates/lib/config/mdx-safety.ts): what is allowed passes, and each
 * refusal has an example. The corpus (tests/fixtures/invalid/mdx-*) checks the full messages.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxSafetyProblems } from '../../templates/lib/config/mdx-safety.ts';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const assemblyDir = mkdtempSync(join(tmpdir(), 'mdx-safety-'));
mkdirSync(join(assemblyDir, 'news'));
mkdirSync(join(assemblyDir, 'files'));
writeFileSync(join(assemblyDir, 'files', 'map.png'), png);
const context = { path: join(assemblyDir, 'news', 'post.mdx'), assemblyDir };
const messages = (body: string) => mdxSafetyProblems(body, context).map((p) => p.message);

describe('MDX safety', () => {
  it('allows text, links, local images, code that reaches nothing, and the project\'s own components', () => {
    const component = relative(join(assemblyDir, 'news'), resolve('templates/components/Illustrative.astro'));
    const allowed = [
      'The process took a year, and members could require more time.',
      'Read [the report](https://example.org/report.pdf).',
      '![A map of the area](../files/map.png)',
      "import map from '../files/map.png';\n\n<img src={map.src} alt=\"A map\" />",
      `import Illustrative from '${component}';\n\n<Illustrative />`,
      'We met {2 + 1} times.',
      "{/* a comment that mentions process.env */}\nText.",
      "{'the process'}",
      '<a href="https://example.org/">A link</a>',
      '<img src="../files/map.png" alt="A map" />',
      'export const day = "Sunday";\n\nWe met on {day}.',
    ];
    for (const body of allowed) expect(messages(body), body).toEqual([]);
  });

  it('refuses code that reaches the build machine', () => {
    for (const [body, name] of [
      ['{process.env.HOME}', 'process'],
      ["{require('node:fs')}", 'require'],
      ["{globalThis['proc' + 'ess']}", 'globalThis'],
      ["{''.constructor.constructor('return this')()}", 'constructor'],
      ["export const fs = await import('node:fs');", 'import('],
      ['<p title={process.title}>x</p>', 'process'],
    ]) {
      expect(messages(body!).join(' '), body).toContain(`may not use "${name}"`);
    }
  });

  it('refuses imports other than local images and the project\'s components', () => {
    expect(messages("import fs from 'node:fs';").join(' ')).toMatch(/not "node:fs"/);
    expect(messages("import data from '../../../package.json';").join(' ')).toMatch(/not "..\/..\/..\/package.json"/);
    expect(messages("import map from '../files/missing.png';").join(' ')).toMatch(/does not exist/);
  });

  it('refuses anything fetched from another website when the page is shown', () => {
    expect(messages('![A chart](https://tracker.example/c.png)').join(' ')).toMatch(/on another website/);
    expect(messages('![A chart][c]\n\n[c]: //tracker.example/c.png').join(' ')).toMatch(/on another website/);
    expect(messages('<img src="https://tracker.example/p.gif" alt="" />').join(' ')).toMatch(/fetch it from another website/);
    expect(messages('<img srcset="../files/map.png 1x, https://tracker.example/p.gif 2x" alt="" />').join(' ')).toMatch(/fetch it from another website/);
    expect(messages('<iframe title="x" src="https://video.example/" />').join(' ')).toMatch(/<iframe> is not allowed/);
    expect(messages('<a href="#x" onMouseOver="steal()">x</a>').join(' ')).toMatch(/runs a script/);
  });

  it('refuses images outside the folder, missing or not images', () => {
    writeFileSync(join(assemblyDir, 'files', 'fake.png'), 'text');
    expect(messages('![x](../../elsewhere.png)').join(' ')).toMatch(/does not exist|outside/);
    expect(messages('![x](../files/none.png)').join(' ')).toMatch(/does not exist/);
    expect(messages('![x](../files/fake.png)').join(' ')).toMatch(/not an image/);
  });

  it('names components that are never imported', () => {
    expect(messages('<Chart />').join(' ')).toMatch(/no component called <Chart>/);
    expect(messages('<charts.Bar />').join(' ')).toMatch(/no component called <charts.Bar>/);
  });
});
