/**
 * `npm run new` (scripts/lib/scaffold/new-assembly.ts): a starter that passes the check as it
 * is, with every section present as commented guidance whose examples pass the check too once
 * uncommented, so the guidance cannot drift from the schema.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsIn } from '../../templates/lib/config/problems.ts';
import { loadAssembly } from '../../templates/lib/config/load-assembly.ts';
import { createAssembly } from '../../scripts/lib/scaffold/new-assembly.ts';

const today = '2026-12-02';

function created() {
  const dir = mkdtempSync(join(tmpdir(), 'new-'));
  expect(createAssembly(dir, 'my-town-2027', today)).toMatchObject({ ok: true });
  return { dir, file: join(dir, 'my-town-2027', 'assembly.yaml') };
}

/** The starter as an officer who used every example would leave it: "# " removed, "## " lines gone. */
function uncommented(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*##/.test(line) && !line.startsWith('# yaml-language-server'))
    .map((line) => line.replace(/^(\s*)# ?/, '$1'))
    .join('\n');
}

describe('npm run new', () => {
  it('writes a starter that passes the check, warning only about what must be replaced', () => {
    const { dir } = created();
    const { assembly, problems } = loadAssembly(dir, 'my-town-2027', dir);
    expect(assembly).toBeDefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === 'warning' && /starter text/.test(p.message))).toBe(true);
  });

  it('has every section as guidance: timeline, sessions, members, speakers, evidence and more', () => {
    const text = readFileSync(created().file, 'utf8');
    for (const section of ['remit', 'scope', 'process', 'observers', 'commitment', 'organisations', 'funding', 'oversight', 'timeline', 'sessions', 'members', 'speakers', 'evidence', 'submissions', 'resources', 'report', 'recommendations', 'response']) {
      expect(text, section).toMatch(new RegExp(`^# ${section}:`, 'm'));
    }
    // Each commented section is explained in words, not only shown.
    expect(text.match(/^## ── /gm)?.length).toBeGreaterThanOrEqual(8);
  });

  it('gives examples that pass the check once uncommented, with dates that follow on from today', () => {
    const { dir, file } = created();
    writeFileSync(file, uncommented(readFileSync(file, 'utf8')));
    // The files the examples link to, which an organiser puts in files/.
    for (const name of ['first-talk-slides.pdf', 'report.pdf', 'explainer.pdf']) writeFileSync(join(dir, 'my-town-2027', 'files', name), '%PDF-1.4\n');
    const { assembly, problems } = loadAssembly(dir, 'my-town-2027', dir);
    expect(errorsIn(problems)).toEqual([]);
    expect(assembly?.config.sessions.map((s) => s.id)).toEqual(['session-1', 'session-2']);
    expect(assembly?.config.timeline.recruitment?.opens).toBe('2026-12-16');
    expect(assembly?.config.evidence[0]?.speakers).toEqual(['first-speaker']);
    // What is still to be filled in is named, in the examples too.
    expect(problems.some((p) => p.path.join('.') === 'sessions.0.purpose')).toBe(true);
    expect(problems.some((p) => p.path.join('.') === 'sessions.0.livestream')).toBe(true);
  });

  it('refuses an id that cannot be a web address, and an assembly that exists', () => {
    const { dir } = created();
    expect(createAssembly(dir, 'My Town', today)).toMatchObject({ ok: false, message: expect.stringMatching(/lower-case letters/) });
    expect(createAssembly(dir, 'my-town-2027', today)).toMatchObject({ ok: false, message: expect.stringMatching(/already exists/) });
  });
});
