/**
 * `npm run new -- <id>`: a starter assembly that passes the schema, with every value the organiser
 * must change marked REPLACE (or replace-me in addresses), which `npm run check` lists as warnings.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { idPattern } from '../../schema/primitives.ts';
import { configFileName } from '../config/load-assembly.ts';

export function starterConfig(today: string): string {
  return `# yaml-language-server: $schema=../../templates/schema/assembly.schema.json
#
# Your assembly. Replace every value marked REPLACE or replace-me, then run: npm run check
# Every field is described in templates/schema/config-reference.md.

title: "REPLACE: the full name of the assembly"
short_title: "REPLACE: a short name for the header"
kind: citizens-assembly
summary: "REPLACE: one or two plain sentences on what the assembly is for"

commissioners:
  - name: "REPLACE: the council or body that commissioned the assembly"
    type: local-authority

question: "REPLACE: the exact question members will answer"

faq:
  - question: What is a citizens' assembly?
    answer: >-
      A group of residents, chosen by lot to reflect the area, who learn about an issue, discuss it
      and make recommendations to the people who decide.
  - question: Can I apply to be a member?
    answer: >-
      No. Invitations go to addresses chosen at random, and members are chosen by lot from the
      people who reply, so that the group matches the area.

site:
  url: https://replace-me.example.org/
  contact:
    email: replace-me@example.org
  accessibility:
    status: partially-compliant
    prepared: ${today}
    last_reviewed: ${today}
  privacy:
    controller: "REPLACE: who is responsible for personal data"
    contact: replace-me@example.org
  branding:
    organisation: "REPLACE: the organisation named in the header"
`;
}

export interface ScaffoldResult {
  ok: boolean;
  message: string;
}

export function createAssembly(assembliesDir: string, id: string, today: string): ScaffoldResult {
  if (!idPattern.test(id)) {
    return { ok: false, message: `"${id}" cannot be used: it appears in web addresses, so use only lower-case letters, digits and hyphens, such as riverside-2027.` };
  }
  const dir = join(assembliesDir, id);
  if (existsSync(dir)) return { ok: false, message: `${dir} already exists. Choose another id, or edit that assembly.` };
  for (const folder of ['report', 'news', 'transcripts', 'files']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, configFileName), starterConfig(today));
  writeFileSync(
    join(dir, 'news', `${today}-welcome.mdx`),
    `---\ntitle: "REPLACE: the headline of your first news post"\ndate: ${today}\nsummary: "REPLACE: one sentence shown in lists"\n---\n\nWrite your first post here.\n`,
  );
  return { ok: true, message: `Created ${dir}. Next: edit ${join(dir, configFileName)}, then run npm run check.` };
}
