/**
 * The bad-input corpus (issue 15): each case is an assembly folder whose assembly.yaml ends with
 * `# expect:` lines giving, exactly as the check prints them and relative to the assembly's
 * folder, every problem it must produce ("." is the folder itself). Cases under invalid-together/
 * are folders of several assemblies that are wrong only side by side.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listAssemblyIds } from '../../templates/lib/config/load-all.ts';

export const invalidDir = 'tests/fixtures/invalid';
export const togetherDir = 'tests/fixtures/invalid-together';
export const mdxMistakesDir = 'tests/fixtures/invalid-mdx';

/** A file's text as its editor wrote it: UTF-16 when it says so, else UTF-8 (Latin-1 bytes stay unreadable, but expectations are ASCII). */
function leniently(bytes: Buffer): string {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le') : bytes.toString('utf8');
}

/** The expected problems of the assembly in `folder`, as "file:line:col  message" from the project root. */
export function expectedProblems(folder: string): string[] {
  const config = join(folder, 'assembly.yaml');
  if (!existsSync(config)) return [];
  return leniently(readFileSync(config))
    .split(/\r?\n/)
    .filter((line) => line.startsWith('# expect: '))
    .map((line) => line.slice('# expect: '.length))
    .map((line) => (line.startsWith('.:') ? `${folder}${line.slice(1)}` : `${folder}/${line}`));
}

export interface BadInputCase {
  name: string;
  /** The folder of assemblies to build. */
  assemblies: string;
  /** The one assembly to build, for cases of one. */
  only?: string;
  expected: string[];
}

/** Every case of the corpus: one per folder under invalid/, the MDX mistakes, and each folder under invalid-together/. */
export function badInputCases(): BadInputCase[] {
  return [
    ...listAssemblyIds(invalidDir).map((id) => ({ name: id, assemblies: invalidDir, only: id, expected: expectedProblems(`${invalidDir}/${id}`) })),
    ...listAssemblyIds(mdxMistakesDir).map((id) => ({ name: `mdx ${id}`, assemblies: mdxMistakesDir, only: id, expected: expectedProblems(`${mdxMistakesDir}/${id}`) })),
    ...listAssemblyIds(togetherDir).map((name) => ({
      name: `together: ${name}`,
      assemblies: `${togetherDir}/${name}`,
      expected: listAssemblyIds(`${togetherDir}/${name}`).flatMap((id) => expectedProblems(`${togetherDir}/${name}/${id}`)),
    })),
  ];
}
