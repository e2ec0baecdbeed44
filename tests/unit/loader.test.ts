import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemblySchema } from '../../templates/schema/assembly.ts';
import { didYouMean } from '../../templates/lib/config/did-you-mean.ts';
import { loadAll } from '../../templates/lib/config/load-all.ts';
import { loadAssembly, starterTextMessage } from '../../templates/lib/config/load-assembly.ts';
import { partialParse } from '../../templates/lib/config/partial-parse.ts';
import { formatProblem } from '../../templates/lib/config/problems.ts';
import { parseYamlSource } from '../../templates/lib/config/yaml-source.ts';
import { createAssembly } from '../../scripts/lib/scaffold/new-assembly.ts';
import { readArgs } from '../../scripts/args.ts';

const minimal = `title: Test Assembly
short_title: Test
summary: A test.
commissioners:
  - name: Test Council
    type: local-authority
question: What should we do?
site:
  url: https://test.example.org/
  contact:
    email: hello@example.org
  accessibility:
    status: fully-compliant
    prepared: 2026-01-01
    last_reviewed: 2026-01-01
  privacy:
    controller: Test Council
    contact: privacy@example.org
  branding:
    organisation: Test Council
`;

/** A throwaway assemblies folder holding one assembly made of the given files. */
function assemblyWith(files: Record<string, string>, id = 'test'): { dir: string; id: string } {
  const dir = mkdtempSync(join(tmpdir(), 'assemblies-'));
  for (const [path, content] of Object.entries({ 'assembly.yaml': minimal, ...files })) {
    const full = join(dir, id, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, id };
}

const load = ({ dir, id }: { dir: string; id: string }) => loadAssembly(dir, id, dir);

describe('loadAssembly', () => {
  it('loads a minimal assembly with its defaults', () => {
    const { assembly, problems } = load(assemblyWith({}));
    expect(problems).toEqual([]);
    expect(assembly?.config).toMatchObject({ kind: 'citizens-assembly', language: 'en-GB', time_zone: 'Europe/London', sessions: [] });
    expect(assembly?.config.site.branding.colour).toBe('#1d4f91');
  });

  it('reads MDX folders, sorting out slugs and measuring local files', () => {
    const { assembly, problems } = load(
      assemblyWith({
        'assembly.yaml': `${minimal}report:\n  title: Report\n  date: 2027-05-01\n  files:\n    - title: Full report\n      href: files/report.pdf\n`,
        'files/report.pdf': 'x'.repeat(2048),
        'report/02-what-we-heard.mdx': '---\ntitle: What we heard\norder: 2\n---\n\nBody two.\n',
        'report/01-introduction.mdx': '---\ntitle: Introduction\norder: 1\n---\n\nBody one.\n',
        'news/2027-01-05-hello.mdx': '---\ntitle: Hello\ndate: 2027-01-05\nsummary: Hi.\n---\n\nNews.\n',
      }),
    );
    expect(problems).toEqual([]);
    expect(assembly?.report.map((c) => c.slug)).toEqual(['introduction', 'what-we-heard']);
    expect(assembly?.report[0]?.body.trim()).toBe('Body one.');
    expect(assembly?.news[0]).toMatchObject({ slug: 'hello', meta: { date: '2027-01-05' } });
    expect(assembly?.files).toEqual({ 'files/report.pdf': 2048 });
  });

  it('rejects two files that would share a web address', () => {
    const { problems } = load(
      assemblyWith({
        'news/2027-01-05-hello.mdx': '---\ntitle: A\ndate: 2027-01-05\nsummary: A.\n---\n',
        'news/2027-02-05-hello.mdx': '---\ntitle: B\ndate: 2027-02-05\nsummary: B.\n---\n',
      }),
    );
    expect(problems.map((p) => p.message)).toEqual(['This file and 2027-01-05-hello.mdx both become the web address "hello/". Rename one of them.']);
  });

  it('keeps report/full/ for the whole report on one page', () => {
    const { problems } = load(assemblyWith({ 'report/09-full.mdx': '---\ntitle: Full\norder: 9\n---\n' }));
    expect(problems.map((p) => p.message)).toEqual(['A chapter cannot be called "full": report/full/ is the whole report on one page. Rename the file.']);
  });

  it('warns about starter text in YAML and front matter, without failing', () => {
    const { assembly, problems } = load(
      assemblyWith({
        'assembly.yaml': minimal.replace('question: What should we do?', 'question: "REPLACE: the question"'),
        'news/2027-01-05-hello.mdx': '---\ntitle: "REPLACE: a headline"\ndate: 2027-01-05\nsummary: Hi.\n---\n',
      }),
    );
    expect(assembly).toBeDefined();
    expect(problems.map((p) => [p.severity, p.line, p.path.join('.')])).toEqual([
      ['warning', 7, 'question'],
      ['warning', 2, 'title'],
    ]);
    expect(problems[0]?.message).toBe('This is still the starter text ("REPLACE: the question"). Replace it with the real question.');
  });

  it('names what to replace in words, and a list item as text', () => {
    expect(starterTextMessage('REPLACE: x', ['short_title'])).toMatch(/Replace it with the real short title\.$/);
    expect(starterTextMessage('REPLACE: x', ['scope', 'in', 0])).toMatch(/Replace it with your own text\.$/);
  });

  it('says how to start when assembly.yaml is missing, and rejects bad folder names', () => {
    const { dir } = assemblyWith({});
    mkdirSync(join(dir, 'My Assembly'));
    const { problems } = loadAssembly(dir, 'My Assembly', dir);
    expect(problems.map((p) => p.message)).toEqual([
      'The folder name "My Assembly" is used in web addresses, so it must use only lower-case letters, digits and hyphens. Rename the folder.',
      'There is no assembly.yaml in this assembly\'s folder. Create one with: npm run new -- My Assembly',
    ]);
  });

  it('names files relative to the project root', () => {
    const place = assemblyWith({ 'assembly.yaml': minimal.replace('short_title: Test\n', '') });
    const { problems } = load(place);
    expect(formatProblem(problems[0]!)).toMatch(/^test\/assembly\.yaml:1:1 {2}short_title: This field is required but missing\./);
  });
});

describe('loadAssembly, for a site in several languages (issue 19)', () => {
  it('reads the assembly in its main language, with the texts and MDX pages of that language only', () => {
    const { assembly, problems } = loadAssembly('tests/fixtures/sites/bilingual', 'cymru-2027');
    expect(problems.map((p) => `${p.severity} ${p.file}: ${p.message}`)).toEqual([
      'warning tests/fixtures/sites/bilingual/cymru-2027/report/02-argymhellion.mdx: This page has no en-GB translation. Add 02-argymhellion.en.mdx beside it.',
    ]);
    expect(assembly?.config).toMatchObject({ language: 'cy-GB', title: 'Cynulliad Dinasyddion Cwm Prawf', question: 'Sut dylen ni leihau tagfeydd yng Nghwm Prawf?' });
    expect(assembly?.config.sessions[0]?.title).toBe('Diwrnod 1');
    expect(assembly?.report.map((d) => `${d.slug} ${d.meta.title}`)).toEqual(['cyflwyniad Cyflwyniad', 'argymhellion Argymhellion']);
    expect(assembly?.news.map((d) => `${d.slug} ${d.meta.title}`)).toEqual(['croeso Croeso']);
  });

  it('checks the translated MDX pages as fully as the main ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bilingual-'));
    cpSync('tests/fixtures/sites/bilingual', dir, { recursive: true });
    writeFileSync(join(dir, 'cymru-2027/report/01-cyflwyniad.en.mdx'), '---\ntitle: Introduction\n---\n\nNo order.\n');
    const { assembly, problems } = loadAssembly(dir, 'cymru-2027', dir);
    expect(assembly).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.path.join('.')}: ${p.message}`)).toContainEqual(expect.stringMatching(/^cymru-2027\/report\/01-cyflwyniad\.en\.mdx order: /));
  });
});

describe('loadAll', () => {
  it('suggests the closest id for a misspelt --assembly', () => {
    const { dir } = assemblyWith({}, 'riverside-2027');
    const { problems } = loadAll({ dir, only: 'riverside-2026', root: dir });
    expect(problems[0]?.message).toBe('There is no assembly "riverside-2026". Did you mean "riverside-2027"? Assemblies here: riverside-2027.');
  });
  it('says what to do when there are no assemblies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'empty-'));
    expect(loadAll({ dir, root: dir }).problems[0]?.message).toMatch(/npm run new -- my-assembly/);
  });
});

describe('parseYamlSource', () => {
  const source = parseYamlSource('a:\n  b:\n    - x: 1\n    - x: 2\n      y: [3, 4]\n');
  it('locates values and keys by path', () => {
    expect(source.locate(['a', 'b', 1, 'x'])).toEqual({ line: 4, column: 10 });
    expect(source.locate(['a', 'b', 1, 'y'], { key: true })).toEqual({ line: 5, column: 7 });
    expect(source.locate(['a', 'b', 1, 'y', 1])).toEqual({ line: 5, column: 14 });
  });
  it('points a missing field at its parent', () => {
    expect(source.locate(['a', 'b', 0, 'missing'])).toEqual({ line: 3, column: 7 });
  });
  it('keeps YAML 1.2 meanings: dates stay text, yes is not true', () => {
    expect(parseYamlSource('d: 2019-09-07\nc: yes\n').data).toEqual({ d: '2019-09-07', c: 'yes' });
  });
});

describe('partialParse', () => {
  it('keeps the valid parts and drops the invalid ones, keeping list positions', () => {
    const kept = partialParse(assemblySchema, {
      title: 42,
      members: { count: 20, stories: [{ first_name: 'Ann', quote: 'Good.', consent: 'yes' }] },
      sessions: [{ id: 'ok', title: 'T', purpose: 'P', start: '2027-01-01T10:00', end: 'bad' }, 'nonsense'],
    }) as Record<string, unknown>;
    expect(kept['title']).toBeUndefined();
    expect(kept['members']).toMatchObject({ count: 20, stories: [{ first_name: 'Ann', quote: 'Good.' }] });
    expect(kept['sessions']).toEqual([expect.objectContaining({ id: 'ok', start: '2027-01-01T10:00' }), undefined]);
  });
});

describe('helpers', () => {
  it('suggests likely typos only', () => {
    expect(didYouMean('titel', ['title', 'summary'])).toBe('title');
    expect(didYouMean('emial', ['email', 'phone'])).toBe('email');
    expect(didYouMean('short-title', ['short_title'])).toBe('short_title');
    expect(didYouMean('colour', ['title', 'summary'])).toBeUndefined();
  });
  it('reads script arguments', () => {
    expect(readArgs(['--assembly', 'gc', '--strict', 'x', '--base=/a/'])).toEqual({ options: { assembly: 'gc', strict: true, base: '/a/' }, positionals: ['x'] });
  });
  it('scaffolds a valid starter and refuses to overwrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    expect(createAssembly(dir, 'Bad Id', '2026-11-22').ok).toBe(false);
    expect(createAssembly(dir, 'my-town', '2026-11-22')).toMatchObject({ ok: true });
    expect(createAssembly(dir, 'my-town', '2026-11-22')).toMatchObject({ ok: false });
    const { assembly, problems } = loadAssembly(dir, 'my-town', dir);
    expect(assembly).toBeDefined();
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.length).toBeGreaterThanOrEqual(10);
    expect(relative(dir, join(dir, problems[0]!.file))).toBe('my-town/assembly.yaml');
  });
});

describe('the examples beside an assembly of one\'s own', () => {
  it('are left out once npm run new has made one, and kept when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'examples-'));
    for (const id of ['greater-cambridge-2019', 'riverside-2027']) cpSync(`assemblies/${id}`, join(dir, id), { recursive: true });
    expect(loadAll({ dir }).assemblies.map((a) => a.id)).toEqual(['greater-cambridge-2019', 'riverside-2027']);
    expect(createAssembly(dir, 'my-assembly-2027', '2026-11-22').ok).toBe(true);
    const own = loadAll({ dir });
    expect(own.assemblies.map((a) => a.id)).toEqual(['my-assembly-2027']);
    expect(own.leftOut).toEqual(['greater-cambridge-2019', 'riverside-2027']);
    expect(own.problems.every((p) => p.file.includes('my-assembly-2027'))).toBe(true);
    expect(loadAll({ dir, withExamples: true }).assemblies).toHaveLength(3);
    expect(loadAll({ dir, only: 'riverside-2027' }).assemblies.map((a) => a.id)).toEqual(['riverside-2027']);
  });
});
