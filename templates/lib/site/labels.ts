/**
 * Words for every enum value visitors see, one table per enum (issue 18: one home for each fact).
 * Each table is keyed by the enum's own type, so a value added to the schema without words here is
 * a type error, never "undefined" on a page; tests/unit/labels.test.ts also checks every table
 * against the schema's list of values.
 */
import type { EvidenceItem, Session } from '../../schema/assembly.ts';
import type { paymentPeriods, supportKinds } from '../../schema/members.ts';
import type { organisationRoles } from '../../schema/organisations.ts';
import type { responseEventKinds } from '../../schema/recommendations.ts';
import { messagesFor, type Messages } from '../i18n/translate.ts';
import { perspectives, type Perspective } from '../../schema/perspectives.ts';
import { sessionChanges } from '../../schema/timeline.ts';
import type { Weight } from '../transparency/rule.ts';
import { phases, type Phase } from './phase.ts';
import type { ResponseStatus, StatusKey } from './response.ts';
import { sessionStates, type SessionState } from './sessions.ts';

/** The tables in English, for the pages and files whose wording is not in the catalogues yet (issue 19). */
const english = messagesFor('en-GB');

/** The phase of an assembly (phase.ts), in the page's language. */
export const phaseLabelsIn = (messages: Messages) => Object.fromEntries(phases.map((phase) => [phase, messages.text(`phase.${phase}`)])) as Record<Phase, string>;

export const phaseLabels = phaseLabelsIn(english);

/** Words for each state, on the sessions list and a session's page; the page's script uses the same. */
export const sessionStateLabelsIn = (messages: Messages) =>
  Object.fromEntries(sessionStates.map((state) => [state, messages.text(`state.${state}`)])) as Record<SessionState, string>;
export const sessionStateLabels = sessionStateLabelsIn(english);

/** A change of plan for a session. */
export const changeLabelsIn = (messages: Messages) =>
  Object.fromEntries(sessionChanges.map((change) => [change, messages.text(`change.${change}`)])) as Record<NonNullable<Session['change']>['status'], string>;
export const changeLabels = changeLabelsIn(english);

/** The capacity a speaker spoke in, or the kind of material (G23). */
export const perspectiveLabelsIn = (messages: Messages) =>
  Object.fromEntries(perspectives.map((perspective) => [perspective, messages.text(`perspective.${perspective}`)])) as Record<Perspective, string>;
export const perspectiveLabels = perspectiveLabelsIn(english);

/** What each perspective means, beside the filter on the evidence list. */
export const perspectiveHelp: Record<Perspective, string> = {
  informant: 'An expert explaining facts and evidence.',
  advocate: 'Someone arguing for a point of view. Their material is not meant to be balanced.',
  briefing: 'A balanced overview prepared for members.',
  testimony: 'Someone speaking from their own experience.',
  chair: 'The chair, who runs the session and is neutral on the question.',
  facilitator: 'A facilitator, who helps members discuss and decide, and is neutral on the question.',
  commissioner: 'Someone from the body that commissioned the assembly, explaining its position.',
};

/** The kind of an evidence item. */
export const evidenceTypeLabels: Record<EvidenceItem['type'], string> = {
  talk: 'Talk',
  panel: 'Panel discussion',
  'question-and-answer': 'Questions and answers',
  'briefing-paper': 'Briefing paper',
  'written-submission': 'Written submission',
  'site-visit': 'Site visit',
  video: 'Video',
  other: 'Other',
};

/** The commissioner's decision on an output (G32). */
export const responseLabels: Record<ResponseStatus, string> = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
  'under-consideration': 'Under consideration',
  noted: 'Noted without a decision',
  referred: 'Passed to another body',
};

/** What each status means, for visitors who meet it for the first time. */
export const responseHelp: Record<ResponseStatus, string> = {
  accepted: 'The commissioner agreed to do it.',
  'partly-accepted': 'The commissioner agreed to do some of it.',
  'not-accepted': 'The commissioner decided not to do it.',
  'under-consideration': 'When it answered, the commissioner had not decided yet.',
  noted: 'The commissioner acknowledged it without deciding.',
  referred: 'The commissioner passed it to another body to decide.',
};

/** A decision, or how the output was otherwise answered, for filters and open data. */
export const statusLabels: Record<StatusKey, string> = {
  ...responseLabels,
  'answered-by-theme': 'Answered as a group',
  'answered-in-general': 'Answered in general',
  'not-recorded': 'Answer not recorded here',
  'awaiting-response': 'Awaiting response',
  'no-response-expected': 'No response expected',
};

/** What happened in answer to the assembly: a debate, a statement, a committee report. */
export const responseEventLabels: Record<(typeof responseEventKinds)[number], string> = {
  'response-document': 'Response document',
  statement: 'Statement',
  debate: 'Debate',
  'committee-inquiry': 'Committee inquiry',
  'evidence-session': 'Evidence session',
  'committee-report': 'Committee report',
  'government-reply': 'Government reply',
  referendum: 'Referendum',
  legislation: 'Legislation',
  meeting: 'Meeting',
  other: 'Other',
};

/** How each weight is put to visitors. */
export const weightLabels: Record<Weight, string> = { MUST: 'required', SHOULD: 'recommended', NICE: 'good practice' };

/** What an organisation does for the assembly, in a sentence ("the recruiter of members"). */
export const roleLabels: Record<(typeof organisationRoles)[number], string> = {
  organiser: 'organiser',
  facilitator: 'facilitator',
  recruiter: 'recruiter of members',
  funder: 'funder',
  evaluator: 'evaluator',
  'report-author': 'report author',
  programme: 'programme',
  partner: 'partner',
};

/** Help offered to members, in a sentence ("help with travel, childcare"). */
export const supportLabels: Record<(typeof supportKinds)[number], string> = {
  travel: 'travel',
  accommodation: 'somewhere to stay',
  meals: 'meals',
  childcare: 'childcare',
  care: 'care for people they look after',
  equipment: 'equipment to take part online',
  internet: 'internet access',
  training: 'training to take part online',
  interpreting: 'interpreting',
  accessibility: 'support for disabled members',
};

/** What a payment is for, after the amount ("£150 for each weekend"). */
export const paymentPeriodLabels: Record<(typeof paymentPeriods)[number], string> = {
  day: 'for each day',
  weekend: 'for each weekend',
  session: 'for each session',
  total: 'in total',
};
