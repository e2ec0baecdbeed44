/**
 * The interface in English: the reference every other catalogue translates, key by key. A new
 * string of the interface is added here first; the type of each other catalogue then asks for it.
 */
import type { Message } from '../message.ts';

export const en = {
  // The page shell (templates/layouts/).
  'page.skip-link': 'Skip to main content',
  'page.notice': 'Notice',
  'page.archived.region': 'Permanent record',
  'page.archived.ended': 'This assembly has ended.',
  'page.archived.since': 'Since {date} this site is kept as the permanent record and is no longer updated.',
  'page.search.label': 'Search this site',
  'page.search.button': 'Search',
  'page.menu': 'Menu',
  'page.navigation': 'Main',
  'page.breadcrumbs': 'Breadcrumb',
  'page.cite': 'Cite this page',
  'page.feed': 'News feed (Atom)',
  'page.feed.title': '{site}: news and updates',
  'page.calendar': 'Sessions calendar',
  'page.calendar.title': '{site}: sessions',
  'page.contact': 'Contact: {email}',
  'page.commissioned-by': 'Commissioned by {names}.',
  'page.licence': 'Content published {licence}.',
  'page.updated': 'Last updated {date}.',
  'page.untranslated': 'This page has not been translated yet, so it is shown in {language}.',
  /** The label of the language switcher, read by screen readers. */
  'page.languages': 'Language',

  // Which pages exist in which language, on the transparency page (templates/lib/site/language-versions.ts).
  'languages.heading': 'Languages',
  'languages.published-in': 'This site is published in {languages}.',
  'languages.complete': 'Every page is in {language}.',
  'languages.missing': 'Not yet in {language}, so shown in {main} until they are translated:',

  // The sections, in the navigation and footer (templates/lib/site/navigation.ts).
  'section.home': 'Home',
  'section.about': 'About',
  'section.members': 'Members',
  'section.sessions': 'Sessions',
  'section.evidence': 'Evidence',
  'section.speakers': 'Speakers',
  'section.submissions': 'Submissions',
  'section.report': 'Report',
  'section.recommendations': 'Recommendations',
  'section.response': 'Response',
  'section.news': 'News',
  'section.faq': 'Questions',
  'section.resources': 'Resources',
  'section.search': 'A to Z',
  'section.data': 'Open data',
  'section.transparency': 'Transparency',
  'section.accessibility': 'Accessibility',
  'section.privacy': 'Privacy',

  // The licence the content is published under (templates/lib/data/register.ts).
  'licence.all-rights-reserved': 'with all rights reserved',
  'licence.public-domain': 'dedicated to the public domain ({name})',
  'licence.under': 'under the {name} licence',
  /** For a licence whose name already says "licence", such as the Open Government Licence. */
  'licence.under-named': 'under the {name}',

  // Counts, with each language's plural forms.
  'count.days': { one: '{count} day', other: '{count} days' },
  'count.sessions': { one: '{count} session', other: '{count} sessions' },
  'count.members': { one: '{count} member', other: '{count} members' },
  'count.recommendations': { one: '{count} recommendation', other: '{count} recommendations' },
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
