/**
 * `npm run new -- <id>`: a starter assembly that passes the schema, with every value the organiser
 * must change marked REPLACE (or replace-me in addresses), which `npm run check` lists as warnings,
 * and every other section present as commented guidance.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { idPattern } from '../../../templates/schema/primitives.ts';
import { configFileName } from '../../../templates/lib/config/load-assembly.ts';

/** The day `days` after `date` (YYYY-MM-DD), for example dates that follow on from today. */
function after(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The starter assembly.yaml. What every site needs is filled in with REPLACE markers; every other
 * section is there as commented guidance: lines starting "## " explain, lines starting "# " are
 * an example to uncomment and fill in. Uncommented as they are, the examples pass the check
 * (tests/unit/scaffold.test.ts), so an officer fills in rather than looks up.
 */
export function starterConfig(today: string): string {
  const day = (n: number) => after(today, n);
  return `# yaml-language-server: $schema=../../templates/schema/generated/assembly.schema.json
##
## Your assembly. Replace every value marked REPLACE or replace-me, then run: npm run check
##
## Lines starting "## " explain. Lines starting "# " are an example: to use one, remove the "# "
## at the start of each of its lines (in most editors: select them, then Ctrl+/ or Cmd+/) and fill
## it in. Dates are written 2027-03-06 and times 10:00. Every field is described in
## templates/schema/generated/config-reference.md; the guide templates/guides/editing-basics.md explains
## quotes, lists and indentation.

title: "REPLACE: the full name of the assembly"
short_title: "REPLACE: a short name for the header"
## citizens-assembly, citizens-jury, citizens-panel, or another kind in the config reference.
kind: citizens-assembly
summary: "REPLACE: one or two plain sentences on what the assembly is for"
## The time zone of every date and time below.
time_zone: Europe/London

commissioners:
  - name: "REPLACE: the council or body that commissioned the assembly"
    type: local-authority

## ── What the assembly is asked, and what will happen to its answer ─────────────────────────────

question: "REPLACE: the exact question members will answer"
# remit: >-
#   REPLACE: what members are asked to do, in a few plain sentences. A value over several lines
#   starts with >- and each line is indented.
# scope:
#   in:
#     - "REPLACE: something members can recommend on"
#   out:
#     - "REPLACE: something outside the assembly's remit, and why"
# process: "REPLACE: how the sessions are arranged: learning, deliberation, deciding"
# observers: "REPLACE: whether observers and journalists may attend, and any reporting embargo"
## What the commissioner promises to do with the recommendations, and by when.
# commitment:
#   text: "REPLACE: for example, the council's Cabinet will publish a written response to each recommendation"
#   respond_by: ${day(240)}

## ── Who runs it and who pays ───────────────────────────────────────────────────────────────────

# organisations:
#   - name: "REPLACE: the organisation that designs and runs the assembly"
#     roles: [organiser, facilitator]
#   - name: "REPLACE: the organisation that recruits members"
#     roles: [recruiter]
#   - name: "REPLACE: the organisation that evaluates the assembly independently"
#     roles: [evaluator]
# funding:
#   total:
#     amount: 90000
#     currency: GBP
#   source: "REPLACE: who pays, and how much each"
## An independent group that checks the process is fair and the evidence balanced.
# oversight:
#   - name: Advisory group
#     role: "REPLACE: what the group does, and what it does not"
#     members:
#       - name: "REPLACE: a member's name"
#         organisation: "REPLACE: their organisation"

## ── Timeline ───────────────────────────────────────────────────────────────────────────────────
## Key dates outside the sessions. The site shows the phase (recruiting, in session, report...)
## from these and the session dates, in the right tense on the day it is built.

# timeline:
#   announced: ${today}
#   recruitment:
#     opens: ${day(14)}
#     closes: ${day(42)}
## A date, or only a month (2027-07) when that is all that was said.
#   report_due: ${day(150)}

## ── Sessions ───────────────────────────────────────────────────────────────────────────────────
## One block per session, in order. The id (lower case, hyphens) becomes the page's web address.
## Say for every session whether it is livestreamed; if not, say why. Add the recording once it
## is published: recording: https://www.youtube.com/watch?v=...

# sessions:
#   - id: session-1
#     title: "Session 1: getting started"
#     purpose: "REPLACE: what members do in this session, in one or two sentences"
#     start: ${day(90)}T10:00
#     end: ${day(90)}T16:00
#     place: "REPLACE: where it happens"
#     streamed: true
#     livestream: https://www.youtube.com/watch?v=replace-me1
#     agenda:
#       - time: "10:00"
#         title: Welcome and how the assembly works
#       - time: "11:00"
#         title: "REPLACE: the first talk"
#         speakers: [first-speaker]
#         evidence: [first-talk]
#       - time: "14:00"
#         title: Members discuss what they heard
#         private: true
#   - id: session-2
#     title: "Session 2: deciding"
#     purpose: "REPLACE: what members do in this session"
#     start: ${day(97)}T10:00
#     end: ${day(97)}T16:00
#     online: true
#     streamed: false
#     not_streamed_reason: Members deliberate in small groups, which is private so that they can speak freely.

## ── Members ────────────────────────────────────────────────────────────────────────────────────
## How many, how they were chosen, and what they are offered. Never publish members' full names
## or addresses; figures are given only as totals.

# members:
#   count: 50
#   selection:
#     method: >-
#       REPLACE: how members are chosen, step by step, for example: invitations go to 10,000
#       addresses chosen at random; from those who reply, members are chosen by lot to match the area.
#     invitations_sent: 10000
#     stratified_by: [Age, Gender, Ethnicity, Area]
#     exclusions: "REPLACE: who cannot take part, and why"
## payment: an amount per day, weekend, session or in total; or unpaid; or "not published".
#   support:
#     payment:
#       amount:
#         amount: 300
#         currency: GBP
#       per: total
#     expenses: [travel, childcare, equipment]
#   naming_policy: "REPLACE: whether members are named in public, and how"

## ── Speakers ───────────────────────────────────────────────────────────────────────────────────
## Everyone who speaks to members. perspective says in what capacity: informant (facts),
## advocate (a point of view), briefing (neutral), testimony (their own experience), chair or
## facilitator. interests: what they declared, or "none"; left out, the site says not published.

# speakers:
#   - id: first-speaker
#     name: "REPLACE: the speaker's name"
#     role: "REPLACE: their job title"
#     organisation: "REPLACE: their organisation"
#     perspective: informant
#     interests: none

## ── Evidence ───────────────────────────────────────────────────────────────────────────────────
## Talks, papers and submissions given to members. Put files in this assembly's files/ folder
## and link them as files/name.pdf. An item with published: a date stays off the site until then.

# evidence:
#   - id: first-talk
#     title: "REPLACE: the title of the talk"
#     type: talk
#     session: session-1
#     speakers: [first-speaker]
#     summary: "REPLACE: what it says, in a sentence or two"
#     brief: "REPLACE: what the speaker was asked to cover"
#     files:
#       - title: Slides
#         href: files/first-talk-slides.pdf

## ── Submissions from the public ────────────────────────────────────────────────────────────────
## Publish the rules before submissions open.

# submissions:
#   opens: ${day(14)}
#   closes: ${day(80)}
#   how_to_submit: "REPLACE: how to send one, for example by email to an address"
#   policy:
#     who: "REPLACE: who may send one"
#     publication: "REPLACE: whether and when submissions are published"
#     naming: "REPLACE: whether they are published with the sender's name"
#     redaction: "REPLACE: what is removed before publishing"

## ── Background reading ─────────────────────────────────────────────────────────────────────────
## Plain-language explainers for people new to the topic or to citizens' assemblies.

# resources:
#   - title: "REPLACE: the title of an explainer"
#     type: explainer
#     href: files/explainer.pdf

## ── After the sessions ─────────────────────────────────────────────────────────────────────────
## The report, the recommendations with their votes, and the official response. Anything dated
## after the day of the build stays off the site until that day; draft: true keeps it off for good.

# report:
#   title: "REPLACE: the title of the report"
#   date: ${day(150)}
#   files:
#     - title: The full report
#       href: files/report.pdf
# recommendations:
#   - id: first-recommendation
#     title: "REPLACE: a short title"
#     text: "REPLACE: the recommendation in the members' own words"
## The vote: figures, or "not published", or "not held" when it was agreed without a vote.
#     vote: { for: 40, against: 6, abstain: 2 }
# response:
#   title: "REPLACE: the title of the commissioner's response"
#   date: ${day(240)}

faq:
  - question: What is a citizens' assembly?
    answer: >-
      A group of residents, chosen by lot to reflect the area, who learn about an issue, discuss it
      and make recommendations to the people who decide.
  - question: Can I apply to be a member?
    answer: >-
      No. Invitations go to addresses chosen at random, and members are chosen by lot from the
      people who reply, so that the group matches the area.

## ── The website ────────────────────────────────────────────────────────────────────────────────

site:
  url: https://replace-me.example.org/
  contact:
    email: replace-me@example.org
    # phone: "REPLACE: a phone number"
  ## Review the accessibility statement when the site changes; see the accessibility page it makes.
  accessibility:
    status: partially-compliant
    prepared: ${today}
    last_reviewed: ${today}
  privacy:
    controller: "REPLACE: who is responsible for personal data"
    contact: replace-me@example.org
    ## Every kind of personal information the site or the assembly collects, such as submissions.
    # collects:
    #   - what: "REPLACE: for example, names and email addresses of people who send submissions"
    #     why: "REPLACE: why it is collected"
    #     lawful_basis: Public task
    #     retention: "REPLACE: how long it is kept"
  branding:
    organisation: "REPLACE: the organisation named in the header"
    # colour: "#1d4f91"
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
