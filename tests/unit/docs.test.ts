/**
 * The README and the guides stay true to the project: every `npm run` command they name exists,
 * every link to a file in the repository resolves, and the README links every guide.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const guides = readdirSync('templates/guides').map((name) => `templates/guides/${name}`);
const documents = ['README.md', ...guides];
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

/** `npm run` commands named in a text that package.json does not have. */
const unknownCommands = (text: string) => [...text.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!).filter((name) => !scripts.includes(name));

/** Links to files of the repository, relative to `file`, that do not exist. */
/** Links to local files that do not exist; what is written inside `code` is an example, not a link. */
function brokenLinks(file: string, text: string): string[] {
  const links = [...text.replace(/`[^`\n]*`/g, '').matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!);
  return links.filter((link) => !/^[a-z]+:/.test(link) && !existsSync(join(dirname(file), link)));
}

describe('the README and guides', () => {
  it.each(documents)('%s names only npm commands that exist', (file) => {
    expect(unknownCommands(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(documents)('%s links only to files that exist', (file) => {
    expect(brokenLinks(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('links every guide from the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(guides.filter((guide) => !readme.includes(`](${guide})`))).toEqual([]);
  });

  it('would notice a command that does not exist and a link that is broken', () => {
    expect(unknownCommands('Run npm run check, then npm run publish.')).toEqual(['publish']);
    const text = 'See [the guide](templates/guides/deploying.md), [gone](templates/guides/gone.md) and [web](https://example.org/x).';
    expect(brokenLinks('README.md', text)).toEqual(['templates/guides/gone.md']);
  });
});
