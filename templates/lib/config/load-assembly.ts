/**
 * Reads one assembly folder: assembly.yaml, the MDX folders and the local files they point to.
 * Reports every problem at once, each with file, line, column and field. The Astro content
 * loader and the command-line scripts both use this.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type * as z from 'zod';
import { assemblySchema, type AssemblyConfig } from '../../schema/assembly.ts';
import {
  mdxFolders,
  type MdxFolder,
  type NewsPostMeta,
  type ReportChapterMeta,
  type TranscriptMeta,
} from '../../schema/frontmatter.ts';
import { idPattern, isLinkOrFile, isLocalFile, longestName, webAddressFault } from '../../schema/primitives.ts';
import { crossCheck, type ValidSections } from './cross-checks/index.ts';
import { didYouMean } from './did-you-mean.ts';
import { explainIssues, parseOptions } from './messages.ts';
import { partialParse } from './partial-parse.ts';
import type { MdxBody } from './mdx-check.ts';
import { mdxSlug, parseMdxSource } from './mdx-source.ts';
import type { FieldPath, Problem, Severity } from './problems.ts';
import { unwrap, walkWithSchema } from './schema-walk.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { linksLeavingFolder, readTextFile, staysInside, type EscapingLink } from './source-files.ts';
import { positionIn, stringsIn, textProblem, unshowableCharacter, unshowableMessage } from './text-rules.ts';
import { logoProblem } from './image-check.ts';
import { redirectProblems, type PageIds } from './redirect-check.ts';
import { inLanguage, languageProblems, languageSetOf, mdxLanguageOf, mdxParityProblems, missingTranslationSeverity, type LanguageSet } from './languages.ts';

export const configFileName = 'assembly.yaml';
/** Folders an assembly may contain besides its MDX folders. */
export const fileFolders = ['files'] as const;
/** Where config fields may point to local files: documents, and MDX transcripts. */
const localFileFolders = ['files', 'transcripts'];
/** Text that `npm run new` puts in fields the organiser must fill in ("REPLACE: ..." or replace-me). */
export function isPlaceholder(value: string): boolean {
  return value.startsWith('REPLACE:') || /replace-me/i.test(value);
}

/** The warning for starter text left at `path`: "the real short title", or for a list item "your own text". */
export function starterTextMessage(value: string, path: FieldPath): string {
  const last = path.at(-1);
  const what = typeof last === 'string' ? `the real ${last.replaceAll('_', ' ')}` : 'your own text';
  return `This is still the starter text ("${value}"). Replace it with ${what}.`;
}

export interface MdxDocument<Meta> {
  /** From the file name: report/02-what-we-heard.mdx → "what-we-heard". */
  slug: string;
  /** Path relative to the project root. */
  file: string;
  meta: Meta;
  body: string;
  /**
   * The language tag of a page shown in a version of the site in another language, because it
   * has no translation yet (the check reports it): the page marks its text with it.
   */
  language?: string;
}

/** One language version of an assembly published in several (languages.ts). */
export interface LanguageVersion {
  /** The version's id: the assembly's for the main language, "<assembly>/<code>" for another. */
  id: string;
  /** Its language tag, such as cy-GB. */
  tag: string;
}

export interface LoadedAssembly {
  id: string;
  /** Folder of the assembly, relative to the project root. */
  dir: string;
  config: AssemblyConfig;
  report: MdxDocument<ReportChapterMeta>[];
  news: MdxDocument<NewsPostMeta>[];
  transcripts: MdxDocument<TranscriptMeta>[];
  /** Documents in files/ that the config points to, with their sizes in bytes. */
  files: Record<string, number>;
  /** For an assembly published in several languages: every version, the main language first. */
  versions?: LanguageVersion[];
  /** Set on a version in another language than the main one: the main version's id (the folder's name). */
  translationOf?: string;
}

export interface LoadResult {
  assembly?: LoadedAssembly;
  /** For an assembly published in several languages, its versions in the other languages. */
  translations?: LoadedAssembly[];
  problems: Problem[];
  /** The body of every MDX file read, valid or not, for the MDX check (mdx-check.ts). */
  bodies: MdxBody[];
}

/** Reads `<assembliesDir>/<id>`; `root` is what file names in problems are relative to. */
export function loadAssembly(assembliesDir: string, id: string, root: string = process.cwd()): LoadResult {
  const dir = join(assembliesDir, id);
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const configPath = join(dir, configFileName);
  const configFile = rel(configPath);
  const problems: Problem[] = [];
  const report = (severity: Severity, file: string, line: number, column: number, path: FieldPath, message: string) =>
    problems.push({ severity, file, line, column, path, message });

  if (!idPattern.test(id)) {
    report('error', rel(dir), 1, 1, [], `The folder name "${id}" is used in web addresses, so it must use only lower-case letters, digits and hyphens. Rename the folder.`);
  } else if (id.length > longestName) {
    report('error', rel(dir), 1, 1, [], `The folder name is ${id.length} characters long; it becomes part of every web address, so it may have at most ${longestName}. Rename the folder.`);
  }
  // Links out of the folder are never followed: the file read would be published (issue 15).
  const escaping = linksLeavingFolder(dir);
  const escapes = new Set(escaping.map((link) => join(dir, link.path)));
  if (escapes.has(configPath)) {
    reportLinks(escaping, dir, rel, problems);
    return { problems, bodies: [] };
  }
  if (!existsSync(configPath)) {
    report('error', configFile, 1, 1, [], `There is no ${configFileName} in this assembly's folder. Create one with: npm run new -- ${id}`);
    return { problems, bodies: [] };
  }

  const bodies: MdxBody[] = [];
  const readMdx = () => {
    for (const folder of ['report', 'news', 'transcripts'] as const) loadMdxFolder(dir, folder, rel, problems, bodies, escapes);
  };
  const configText = readTextFile(configPath);
  if (!configText.ok) {
    report('error', configFile, 1, 1, [], configText.message);
    readMdx();
    reportLinks(escaping, dir, rel, problems);
    return { problems, bodies };
  }
  const yaml = parseYamlSource(configText.text);
  for (const syntax of yaml.syntaxErrors) report('error', configFile, syntax.line, syntax.column, [], syntax.message);
  if (yaml.syntaxErrors.length === 0 && (typeof yaml.data !== 'object' || yaml.data === null || Array.isArray(yaml.data))) {
    report('error', configFile, 1, 1, [], `${configFileName} must be a set of fields, each written "name: value" (title: ..., question: ...); this file holds ${Array.isArray(yaml.data) ? 'a list' : 'a single value'}. Start from: npm run new -- my-assembly`);
  }
  if (problems.some((p) => p.file === configFile)) {
    // The MDX files are still read, so their problems are listed with this one, all at once.
    readMdx();
    reportLinks(escaping, dir, rel, problems);
    return { problems, bodies };
  }
  const raw = yaml.data ?? {};
  // A site in several languages is checked, and built, one language at a time (languages.ts).
  const languages = languageSetOf(raw);
  const data = languages ? inLanguage(raw, languages, languages.codes[0]!) : raw;

  const at = (source: YamlSource, path: FieldPath, key = false) => source.locate(path, { key });
  const parsed = assemblySchema.safeParse(data, parseOptions);
  if (!parsed.success) {
    for (const issue of explainIssues(assemblySchema, parsed.error.issues, data)) {
      const pos = at(yaml, issue.path, issue.atKey);
      report('error', configFile, pos.line, pos.column, issue.path, issue.message);
    }
  }

  if (languages) for (const found of languageProblems(raw, languages)) {
    const pos = at(yaml, found.path);
    report(found.severity, configFile, pos.line, pos.column, found.path, found.message);
  }

  const sections = partialParse(assemblySchema, data) as ValidSections;
  for (const rule of crossCheck(sections, data)) {
    const pos = at(yaml, rule.path);
    report(rule.severity, configFile, pos.line, pos.column, rule.path, rule.message);
  }

  for (const [value, path] of stringsIn(data)) {
    const fault = textProblem(value, path) ?? webAddressFault(value);
    if (fault) {
      const p = at(yaml, path);
      report('error', configFile, p.line, p.column, path, fault);
    }
  }

  const files: Record<string, number> = {};
  const pointedAt = new Set<string>();
  walkWithSchema(assemblySchema, data, (value, fieldSchema, path) => {
    if (typeof value !== 'string') return;
    const pos = () => at(yaml, path);
    if (isPlaceholder(value)) {
      const p = pos();
      report('warning', configFile, p.line, p.column, path, starterTextMessage(value, path));
    }
    if (isLinkField(unwrap(fieldSchema)) && isLocalFile(value)) {
      const target = join(dir, value);
      const p = pos();
      if (!localFileFolders.some((folder) => value.startsWith(`${folder}/`))) {
        report('error', configFile, p.line, p.column, path, `"${value}" is outside the files/ folder. Put documents in ${rel(dir)}/files/ and write files/${value.split('/').at(-1)}.`);
        return;
      }
      const longPart = value.split('/').find((part) => part.length > longestName);
      if (longPart) {
        report('error', configFile, p.line, p.column, path, `The name "${longPart.slice(0, 40)}…" is ${longPart.length} characters long; file and folder names may have at most ${longestName}. Rename the file, and write its new name here.`);
        return;
      }
      if (existsSync(target) && !staysInside(dir, target)) {
        pointedAt.add(target);
        report('error', configFile, p.line, p.column, path, `"${value}" is a link to a file outside ${rel(dir)}/, and nothing outside an assembly's own folder is published. Put a copy of the file in ${rel(dir)}/files/ in place of the link.`);
        return;
      }
      // Sizes are shown next to downloads; transcripts are pages, and leaving them out keeps the
      // assembly's data (and so every page's incremental-build key) unchanged when one is edited.
      if (existsSync(target) && statSync(target).isFile()) {
        if (value.startsWith('files/')) files[value] = statSync(target).size;
      } else {
        report('error', configFile, p.line, p.column, path, `The file "${value}" does not exist in ${rel(dir)}/. Add the file there, correct the path, or remove the link.`);
      }
    }
  });
  reportLinks(escaping.filter((link) => !pointedAt.has(join(dir, link.path))), dir, rel, problems);

  const logo = sections.site?.branding?.logo;
  if (logo?.file) {
    const fault = logoProblem(dir, logo.file);
    if (fault) {
      const p = at(yaml, ['site', 'branding', 'logo', 'file']);
      report('error', configFile, p.line, p.column, ['site', 'branding', 'logo', 'file'], fault);
    }
  }

  const recommendationIds = sections.recommendations?.flatMap((r) => (r?.id ? [r.id] : []));
  const chapterRule = (meta: unknown) => chapterReferences(meta as ReportChapterMeta, recommendationIds);
  const inMain = languages && { languages, code: languages.codes[0]! };
  const mdx = {
    report: loadMdxFolder(dir, 'report', rel, problems, bodies, escapes, chapterRule, inMain) as MdxDocument<ReportChapterMeta>[],
    news: loadMdxFolder(dir, 'news', rel, problems, bodies, escapes, undefined, inMain) as MdxDocument<NewsPostMeta>[],
    transcripts: loadMdxFolder(dir, 'transcripts', rel, problems, bodies, escapes, undefined, inMain) as MdxDocument<TranscriptMeta>[],
  };
  // Translations are checked as fully as the main pages, and each page must exist in every language.
  const translatedMdx = new Map<string, typeof mdx>();
  if (languages) {
    const severity = missingTranslationSeverity(raw);
    for (const code of languages.codes.slice(1)) {
      const inCode = (folder: MdxFolder) => {
        const translated = loadMdxFolder(dir, folder, rel, problems, bodies, escapes, folder === 'report' ? chapterRule : undefined, { languages, code });
        for (const found of mdxParityProblems(mdx[folder], translated, languages, code)) problems.push({ severity, line: 1, column: 1, path: [], ...found });
        // A page not yet translated is shown in the main language, marked as such (the check has said so).
        const untranslated = mdx[folder].filter((d) => !translated.some((t) => t.slug === d.slug)).map((d) => ({ ...d, language: languages.tags[0]! }));
        return [...translated, ...untranslated].sort((a, b) => a.file.localeCompare(b.file));
      };
      translatedMdx.set(code, {
        report: inCode('report') as MdxDocument<ReportChapterMeta>[],
        news: inCode('news') as MdxDocument<NewsPostMeta>[],
        transcripts: inCode('transcripts') as MdxDocument<TranscriptMeta>[],
      });
    }
  }
  checkFolderNames(dir, rel, problems);
  const ids = (section: Array<{ id?: string | undefined } | undefined> | undefined) => new Set((section ?? []).flatMap((item) => (item?.id ? [item.id] : [])));
  const pages: PageIds = {
    sessions: ids(sections.sessions),
    speakers: ids(sections.speakers),
    evidence: ids(sections.evidence),
    recommendations: ids(sections.recommendations),
    news: new Set(mdx.news.map((d) => d.slug)),
    report: new Set(mdx.report.map((d) => d.slug)),
  };
  for (const found of redirectProblems(sections.redirects ?? [], pages)) {
    const pos = at(yaml, found.path);
    report('error', configFile, pos.line, pos.column, found.path, found.message);
  }

  if (!parsed.success || problems.some((p) => p.severity === 'error')) return { problems, bodies };
  if (!languages) return { assembly: { id, dir: rel(dir), config: parsed.data, ...mdx, files }, problems, bodies };
  const versions = languages.codes.map((code, i) => ({ id: i === 0 ? id : `${id}/${code}`, tag: languages.tags[i]! }));
  const translations = languages.codes.slice(1).map((code, i) => {
    // Checked already (languageProblems): each language parses as the main one does.
    const config = assemblySchema.parse(inLanguage(raw, languages, code), parseOptions);
    // Each version's pages live below the main ones: https://example.org/en/.
    const site = { ...config.site, url: new URL(`${code}/`, parsed.data.site.url.endsWith('/') ? parsed.data.site.url : `${parsed.data.site.url}/`).href };
    return { id: versions[i + 1]!.id, dir: rel(dir), config: { ...config, site }, ...translatedMdx.get(code)!, files, versions, translationOf: id };
  });
  return { assembly: { id, dir: rel(dir), config: parsed.data, ...mdx, files, versions }, translations, problems, bodies };
}

function reportLinks(links: readonly EscapingLink[], dir: string, rel: (p: string) => string, problems: Problem[]): void {
  for (const link of links) {
    problems.push({
      severity: 'error',
      file: rel(join(dir, link.path)),
      line: 1,
      column: 1,
      path: [],
      message: link.broken
        ? `This is a link to ${link.target}, which does not exist. Put the file itself here in place of the link, or delete the link.`
        : `This is a link to ${link.target}, outside ${rel(dir)}/, and nothing outside an assembly's own folder is published. Put a copy of the file here in place of the link.`,
    });
  }
}

function isLinkField(schema: z.ZodType): boolean {
  const checks = (schema._zod.def as { checks?: Array<{ _zod: { def: { fn?: unknown } } }> }).checks ?? [];
  return checks.some((check) => check._zod.def.fn === isLinkOrFile);
}

type DocumentRule = (meta: unknown) => Array<{ path: FieldPath; message: string }>;

function loadMdxFolder(
  dir: string,
  folder: MdxFolder,
  rel: (p: string) => string,
  problems: Problem[],
  bodies: MdxBody[],
  escapes: ReadonlySet<string>,
  rule?: DocumentRule,
  /** For a site in several languages: the language whose files to read (intro.mdx in the main one, intro.en.mdx in English). */
  reading?: { languages: LanguageSet; code: string },
): MdxDocument<unknown>[] {
  const folderPath = join(dir, folder);
  if (!existsSync(folderPath)) return [];
  const schema = mdxFolders[folder];
  const documents: MdxDocument<unknown>[] = [];
  const slugs = new Map<string, string>();
  const orders = new Map<number, string>();
  if (escapes.has(folderPath)) return [];
  for (const name of readdirSync(folderPath).sort()) {
    const file = rel(join(folderPath, name));
    if (escapes.has(join(folderPath, name))) continue;
    const translation = reading && mdxLanguageOf(name, reading.languages);
    // Each language's pass reads its own files; files that are not MDX are reported by the main one.
    if (reading && (translation ?? reading.languages.codes[0]) !== reading.code) continue;
    if (!name.endsWith('.mdx')) {
      problems.push({ severity: 'warning', file, line: 1, column: 1, path: [], message: `Only .mdx files are read in ${folder}/. Rename it to end in .mdx, or move it to files/.` });
      continue;
    }
    const slug = mdxSlug(translation ? name.replace(new RegExp(`\\.${translation}\\.mdx$`), '.mdx') : name);
    if (!idPattern.test(slug)) {
      problems.push({ severity: 'error', file, line: 1, column: 1, path: [], message: `The file name "${name}" becomes a web address, so use only lower-case letters, digits and hyphens. Rename the file.` });
      continue;
    }
    if (slug.length > longestName) {
      problems.push({ severity: 'error', file, line: 1, column: 1, path: [], message: `The file name is ${name.length} characters long; it becomes a web address, so it may have at most ${longestName}. Rename the file.` });
      continue;
    }
    if (folder === 'report' && slug === 'full') {
      problems.push({ severity: 'error', file, line: 1, column: 1, path: [], message: 'A chapter cannot be called "full": report/full/ is the whole report on one page. Rename the file.' });
      continue;
    }
    const clash = slugs.get(slug);
    if (clash) {
      problems.push({ severity: 'error', file, line: 1, column: 1, path: [], message: `This file and ${clash} both become the web address "${slug}/". Rename one of them.` });
      continue;
    }
    slugs.set(slug, name);
    const text = readTextFile(join(folderPath, name));
    if (!text.ok) {
      problems.push({ severity: 'error', file, line: 1, column: 1, path: [], message: text.message });
      continue;
    }
    const source = parseMdxSource(text.text);
    const unshowable = unshowableCharacter(source.body);
    if (unshowable) {
      const at = positionIn(source.body, unshowable.index);
      problems.push({ severity: 'error', file, line: at.line + source.bodyLine - 1, column: at.column, path: [], message: unshowableMessage(unshowable.code) });
      continue;
    }
    bodies.push({ file, body: source.body, bodyLine: source.bodyLine, context: { path: resolve(folderPath, name), assemblyDir: resolve(dir) } });
    if (!source.frontMatter) {
      problems.push({ severity: 'error', file, line: 1, column: 1, path: [], message: 'The file has no front matter. Start it with a block between two --- lines, for example: --- / title: My title / ---' });
      continue;
    }
    const offset = source.frontMatterLine - 1;
    const fm = source.frontMatter;
    for (const syntax of fm.syntaxErrors) problems.push({ severity: 'error', file, line: syntax.line + offset, column: syntax.column, path: [], message: syntax.message });
    if (fm.syntaxErrors.length > 0) continue;
    if (fm.data !== null && fm.data !== undefined && (typeof fm.data !== 'object' || Array.isArray(fm.data))) {
      problems.push({ severity: 'error', file, line: source.frontMatterLine, column: 1, path: [], message: 'The front matter must be a set of fields, each written "name: value", for example: title: My title' });
      continue;
    }
    const result = schema.safeParse(fm.data ?? {}, parseOptions);
    if (!result.success) {
      for (const issue of explainIssues(schema, result.error.issues, fm.data ?? {})) {
        const pos = fm.locate(issue.path, { key: issue.atKey });
        problems.push({ severity: 'error', file, line: pos.line + offset, column: pos.column, path: issue.path, message: issue.message });
      }
      continue;
    }
    const locate = (path: FieldPath) => {
      const pos = fm.locate(path);
      return { line: pos.line + offset, column: pos.column };
    };
    const faults = [...stringsIn(fm.data)].flatMap(([value, path]) => {
      const fault = textProblem(value, path) ?? webAddressFault(value);
      return fault ? [{ severity: 'error' as const, file, ...locate(path), path, message: fault }] : [];
    });
    problems.push(...faults);
    if (faults.length > 0) continue;
    for (const [key, value] of Object.entries(result.data)) {
      if (typeof value === 'string' && isPlaceholder(value)) {
        problems.push({ severity: 'warning', file, ...locate([key]), path: [key], message: starterTextMessage(value, [key]) });
      }
    }
    for (const found of rule?.(result.data) ?? []) {
      problems.push({ severity: 'error', file, ...locate(found.path), path: found.path, message: found.message });
    }
    // Two chapters with the same order would be shown in an order no one chose.
    const order = (result.data as { order?: number }).order;
    if (folder === 'report' && order !== undefined) {
      const other = orders.get(order);
      if (other) {
        problems.push({ severity: 'error', file, ...locate(['order']), path: ['order'], message: `${other} also has order: ${order}. Give each chapter its own number, in the order the report reads.` });
        continue;
      }
      orders.set(order, name);
    }
    documents.push({ slug, file, meta: result.data, body: source.body });
  }
  return documents;
}

function chapterReferences(meta: ReportChapterMeta, ids: string[] | undefined) {
  if (!ids) return [];
  return meta.recommendations.flatMap((id, index) =>
    ids.includes(id)
      ? []
      : [
          {
            path: ['recommendations', index] as FieldPath,
            message: `There is no recommendation with the id "${id}". Use one of: ${ids.join(', ') || '(none yet: add recommendations to assembly.yaml)'}.`,
          },
        ],
  );
}

function checkFolderNames(dir: string, rel: (p: string) => string, problems: Problem[]): void {
  const known = [configFileName, ...Object.keys(mdxFolders), ...fileFolders];
  for (const name of readdirSync(dir).sort()) {
    if (known.includes(name) || name.startsWith('.')) continue;
    const suggestion = didYouMean(name, known);
    problems.push({
      severity: 'warning',
      file: rel(join(dir, name)),
      line: 1,
      column: 1,
      path: [],
      message: `The generator does not read "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Known names: ${known.join(', ')}.`,
    });
  }
}
