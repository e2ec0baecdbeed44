/**
 * The ready-made deployment files (templates/deploy/): the workflows parse and run the project's
 * own commands, and every server setting sends the same content types the build uses for the
 * files a plain server may not know, with the site's 404 page.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mediaTypes } from '../../templates/lib/archive/media-types.ts';

const read = (name: string) => readFileSync(`templates/deploy/${name}`, 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
/** The npm scripts a command line runs, which must exist in package.json. */
const npmScripts = (command: string) => [...command.matchAll(/npm run (\S+)/g)].map((m) => m[1]!);
const published = ['.ics', '.epub', '.xml', '.csv', '.txt', '.json', '.yaml', '.wacz', '.zip', '.wasm'];

describe('the GitHub Pages workflow', () => {
  const workflow = parse(read('github-pages.yml')) as {
    on: { push: unknown; schedule: Array<{ cron: string }> };
    env: { ASSEMBLY: string };
    jobs: { build: { steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }> }; deploy: { needs: string; steps: Array<{ uses?: string }> } };
  };
  const steps = workflow.jobs.build.steps;
  it('builds on every push, every day and hourly on likely session days', () => {
    expect(workflow.on.push).toBeTruthy();
    expect(workflow.on.schedule.map((s) => s.cron)).toEqual(['5 0 * * *', '2 * * * 5,6,0']);
  });
  it('installs, checks and builds the one assembly with the project\'s own commands, then publishes dist/', () => {
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs).toEqual(['npm install', 'npm run check -- --assembly "$ASSEMBLY"', 'npm run build -- --assembly "$ASSEMBLY"']);
    for (const name of runs.flatMap(npmScripts)) expect(scripts).toContain(name);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toEqual({ 'fetch-depth': 0 });
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with).toEqual({ 'node-version': 24 });
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
  });
});

describe('the GitLab Pages job', () => {
  const ci = parse(read('gitlab-ci.yml')) as { variables: Record<string, unknown>; pages: { image: string; script: string[]; artifacts: { paths: string[] } } };
  it('checks and builds, and publishes the build as public/', () => {
    expect(ci.pages.image).toBe('node:24');
    expect(ci.pages.script).toEqual(['npm install', 'npm run check -- --assembly "$ASSEMBLY"', 'npm run build -- --assembly "$ASSEMBLY"', 'rm -rf public && mv dist public']);
    expect(ci.pages.artifacts.paths).toEqual(['public']);
    expect(ci.variables['GIT_DEPTH']).toBe(0);
  });
});

describe('server settings', () => {
  it('Apache sends each content type and the 404 page', () => {
    const text = read('apache.htaccess');
    const types = new Map<string, string>();
    for (const [, type, extensions] of text.matchAll(/^AddType ("[^"]+"|\S+) (.+)$/gm)) for (const ext of extensions!.split(' ')) types.set(ext, type!.replace(/"/g, ''));
    for (const ext of published) expect(types.get(ext), ext).toBe(mediaTypes[ext]);
    expect(text).toMatch(/^ErrorDocument 404 \/404\.html$/m);
  });
  it('nginx sends each content type and the 404 page', () => {
    const text = read('nginx.conf');
    for (const ext of published) {
      const line = text.split('\n').find((l) => l.startsWith('location') && new RegExp(l.match(/location ~ (\S+) \{/)![1]!).test(`file${ext}`));
      expect(line?.match(/default_type "?([^";]+(?:; charset=utf-8)?)"?;/)?.[1], ext).toBe(mediaTypes[ext]);
    }
    expect(text).toMatch(/^error_page 404 \/404\.html;$/m);
  });
  it('IIS sends each content type and the 404 page', () => {
    const config = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read('web.config')) as {
      configuration: { 'system.webServer': { staticContent: { mimeMap: Array<{ fileExtension: string; mimeType: string }> }; httpErrors: { error: { statusCode: string; path: string } } } };
    };
    const server = config.configuration['system.webServer'];
    const types = new Map(server.staticContent.mimeMap.map((m) => [m.fileExtension, m.mimeType]));
    for (const ext of published) expect(types.get(ext), ext).toBe(mediaTypes[ext]);
    expect(server.httpErrors.error).toMatchObject({ statusCode: '404', path: '/404.html' });
  });
  it('Netlify builds the assembly into dist/ with the calendar and e-book types', () => {
    const text = read('netlify.toml');
    expect(text).toContain('command = "npm install && npm run build -- --assembly my-assembly-2027"');
    expect(text).toContain('publish = "dist"');
    expect(text).toMatch(/for = "\/\*\.ics"\s+\[headers\.values\]\s+Content-Type = "text\/calendar; charset=utf-8"/);
  });
});
