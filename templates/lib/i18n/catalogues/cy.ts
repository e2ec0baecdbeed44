/**
 * The interface in Welsh (Cymraeg). Complete, so a Welsh page has no English in its interface; none
 * of it has yet been reviewed by a fluent speaker, so every entry is marked `unreviewed(…)` until a
 * council's translator has checked it (then write the text without the wrapper).
 *
 * Counts are written with digits, and the noun after a number stays singular, as Welsh writes it;
 * "two" softens a following consonant that mutates (2 ddiwrnod). A value put into a sentence is
 * not mutated, so sentences place names of languages and the like where no mutation is needed
 * (in brackets or after a colon), not after "yn".
 */
import { unreviewed, type Entry, type PluralForms } from '../message.ts';
import type { Catalogue } from '../catalogue.ts';

const sameForAll = (text: string): PluralForms => ({ zero: text, one: text, two: text, few: text, many: text, other: text });

export const cy: Catalogue = {
  'page.skip-link': unreviewed("Neidio i'r prif gynnwys"),
  'page.notice': unreviewed('Hysbysiad'),
  'page.archived.region': unreviewed('Cofnod parhaol'),
  'page.archived.ended': unreviewed("Mae'r cynulliad hwn wedi dod i ben."),
  'page.archived.since': unreviewed("Ers {date} cedwir y wefan hon fel y cofnod parhaol, ac nid yw'n cael ei diweddaru mwyach."),
  'page.search.label': unreviewed("Chwilio'r wefan hon"),
  'page.search.button': unreviewed('Chwilio'),
  'page.menu': unreviewed('Dewislen'),
  'page.navigation': unreviewed('Prif'),
  'page.breadcrumbs': unreviewed('Briwsion bara'),
  'page.cite': unreviewed("Dyfynnu'r dudalen hon"),
  'page.feed': unreviewed('Ffrwd newyddion (Atom)'),
  'page.feed.title': unreviewed('{site}: newyddion a diweddariadau'),
  'page.calendar': unreviewed('Calendr y sesiynau'),
  'page.calendar.title': unreviewed('{site}: sesiynau'),
  'page.contact': unreviewed('Cysylltu: {email}'),
  'page.commissioned-by': unreviewed('Comisiynwyd gan {names}.'),
  'page.licence': unreviewed('Cyhoeddwyd y cynnwys {licence}.'),
  'page.updated': unreviewed('Diweddarwyd ddiwethaf {date}.'),
  'page.languages': unreviewed('Iaith'),
  'page.untranslated': unreviewed("Nid yw'r dudalen hon wedi'i chyfieithu eto, felly fe'i dangosir yn ei hiaith wreiddiol ({language})."),

  'languages.heading': unreviewed('Ieithoedd'),
  'languages.published-in': unreviewed('Ieithoedd y wefan hon: {languages}.'),
  'languages.complete': unreviewed("Mae pob tudalen wedi'i chyfieithu ({language})."),
  'languages.missing': unreviewed("Heb eu cyfieithu eto ({language}), felly fe'u dangosir yn eu hiaith wreiddiol ({main}) hyd nes y cânt eu cyfieithu:"),

  'section.home': unreviewed('Hafan'),
  'section.about': unreviewed('Ynghylch'),
  'section.members': unreviewed('Aelodau'),
  'section.sessions': unreviewed('Sesiynau'),
  'section.evidence': unreviewed('Tystiolaeth'),
  'section.speakers': unreviewed('Siaradwyr'),
  'section.submissions': unreviewed('Cyflwyniadau'),
  'section.report': unreviewed('Adroddiad'),
  'section.recommendations': unreviewed('Argymhellion'),
  'section.response': unreviewed('Ymateb'),
  'section.news': unreviewed('Newyddion'),
  'section.faq': unreviewed('Cwestiynau'),
  'section.resources': unreviewed('Adnoddau'),
  'section.search': unreviewed('A i Y'),
  'section.data': unreviewed('Data agored'),
  'section.transparency': unreviewed('Tryloywder'),
  'section.accessibility': unreviewed('Hygyrchedd'),
  'section.privacy': unreviewed('Preifatrwydd'),

  'licence.all-rights-reserved': unreviewed("gyda phob hawl wedi'i chadw"),
  'licence.public-domain': unreviewed("wedi'i gyflwyno i'r parth cyhoeddus ({name})"),
  'licence.under': unreviewed('dan y drwydded {name}'),
  'licence.under-named': unreviewed('dan y {name}'),

  'count.days': unreviewed({ ...sameForAll('{count} diwrnod'), two: '{count} ddiwrnod' }),
  'count.sessions': unreviewed(sameForAll('{count} sesiwn')),
  'count.members': unreviewed(sameForAll('{count} aelod')),
  'count.recommendations': unreviewed(sameForAll('{count} argymhelliad')),
} satisfies Record<string, Entry>;
