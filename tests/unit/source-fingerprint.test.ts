/** What the quick rebuild compares (scripts/lib/build/source-fingerprint.ts). */
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFingerprint } from '../../scripts/lib/build/source-fingerprint.ts';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  const file = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    return join(root, path);
  };
  file('templates/pages/index.astro', '<p>Home</p>');
  file('assemblies/alpha/assembly.yaml', 'title: Alpha\n');
  const news = file('assemblies/alpha/news/2019-09-08-voted.mdx', '---\ntitle: Voted\n---\n\nThe members voted.\n');
  const chapter = file('assemblies/alpha/report/01-findings.mdx', '---\ntitle: Findings\n---\n\nWe found things.\n');
  const fingerprint = () => sourceFingerprint({ root, assembliesDir: join(root, 'assemblies'), only: undefined, base: undefined, outDir: join(root, 'dist') });
  return { root, file, news, chapter, fingerprint };
}

describe('source fingerprint', () => {
  it('keeps the bodies of news posts and transcripts apart, by entry', () => {
    const { fingerprint } = project();
    expect(Object.keys(fingerprint().bodies)).toEqual(['news/alpha/voted']);
    expect(fingerprint().bodies['news/alpha/voted']).toMatchObject({ file: 'alpha/news/2019-09-08-voted.mdx', body: '\nThe members voted.\n' });
  });

  it('changes only that body when only the text of a news post changes', () => {
    const { news, fingerprint } = project();
    const before = fingerprint();
    appendFileSync(news, 'And then went home.\n');
    const after = fingerprint();
    expect(after.rest).toBe(before.rest);
    expect(after.bodies['news/alpha/voted']!.digest).not.toBe(before.bodies['news/alpha/voted']!.digest);
  });

  it('changes the rest for front matter, report chapters, assembly.yaml, templates, new files and options', () => {
    const { root, file, news, chapter, fingerprint } = project();
    const changes: Array<() => void> = [
      () => writeFileSync(news, '---\ntitle: Voted at last\n---\n\nThe members voted.\n'),
      () => appendFileSync(chapter, 'More.\n'),
      () => appendFileSync(join(root, 'assemblies/alpha/assembly.yaml'), 'short_title: A\n'),
      () => appendFileSync(join(root, 'templates/pages/index.astro'), '<p>More</p>'),
      () => file('assemblies/alpha/transcripts/new.mdx', 'Hello.\n'),
    ];
    for (const change of changes) {
      const before = fingerprint().rest;
      change();
      expect(fingerprint().rest).not.toBe(before);
    }
    const base = (b: string | undefined) => sourceFingerprint({ root, assembliesDir: join(root, 'assemblies'), only: undefined, base: b, outDir: join(root, 'dist') }).rest;
    expect(base('/sub/')).not.toBe(base(undefined));
  });
});
