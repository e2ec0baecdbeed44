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

  // The words for each kind of mini-public, so a jury is never called an assembly (wording.ts).
  'kind.citizens-assembly.name': "citizens' assembly",
  'kind.citizens-assembly.body': 'the assembly',
  'kind.citizens-assembly.members': 'assembly members',
  'kind.citizens-jury.name': "citizens' jury",
  'kind.citizens-jury.body': 'the jury',
  'kind.citizens-jury.members': 'jurors',
  'kind.peoples-panel.name': "people's panel",
  'kind.peoples-panel.body': 'the panel',
  'kind.peoples-panel.members': 'panel members',
  'kind.citizens-panel.name': "citizens' panel",
  'kind.citizens-panel.body': 'the panel',
  'kind.citizens-panel.members': 'panel members',
  'kind.community-assembly.name': 'community assembly',
  'kind.community-assembly.body': 'the assembly',
  'kind.community-assembly.members': 'assembly members',

  // The phase of an assembly (templates/lib/site/phase.ts).
  'phase.announced': 'Announced',
  'phase.recruiting': 'Recruiting members',
  'phase.in-session': 'In session',
  'phase.sessions-ended': 'Sessions finished',
  'phase.report-published': 'Report published',
  'phase.response-published': 'Response published',
  'phase.following-up': 'Following up',
  'phase.archived': 'Archived',

  // Times of day, GOV.UK style (templates/lib/site/format.ts).
  'time.am': '{hour}am',
  'time.pm': '{hour}pm',
  'time.midday': 'midday',
  'time.midnight': 'midnight',
  'time.range': '{from} to {to}',
  'time.from': 'from {time}',
  'time.day-and-time': '{day}, {time}',
  'time.not-published': '{when} (times not published)',
  'time.as-of': 'As of {time} on {date}',

  // The home page (templates/components/AssemblyHome.astro and the components it shows).
  'home.live-now': 'Live now:',
  'home.watch-on': 'Watch on {host}',
  'home.question': 'The question',
  'home.how-chosen': 'How {members} are chosen',
  'home.how-chosen.more': 'More about the {members} and how they are chosen',
  'home.how-chosen.unpublished': 'How {members} are chosen has not been published yet.',
  'home.happening-now': 'Happening now',
  'home.next-session': 'Next session',
  'home.livestream-of': 'Livestream of {session}',
  'home.livestreamed-on': 'It will be livestreamed on {host}.',
  'home.not-streamed': 'This session is not streamed.',
  'home.latest-evidence': 'Latest evidence',
  'home.all-evidence': 'All the evidence',
  'home.where-we-are': 'Where we are',
  'home.in-numbers': 'In numbers',
  'home.latest-news': 'Latest news',
  'home.follow': 'Follow {body}',
  'home.feed': 'News and updates in a feed reader',
  'home.feed.format': '(Atom feed)',
  'home.take-part': 'Take part',
  'home.invitation': 'Received an invitation?',
  'home.reply-by': 'Reply by {date}.',
  'home.reply-as-asked': 'Reply as the letter asks.',
  'home.invitation.questions': 'Questions about taking part',
  'home.submissions': 'Anyone can send a submission.',
  'home.submissions.until': 'Anyone can send a submission until {date}.',
  'home.submissions.how': 'How to send a submission',

  'home.members-count': '{count} {members}',

  // A video that loads nothing until the visitor presses play (templates/components/Video.astro).
  'video.notice': 'Playing this video loads it from {provider}, which may collect data about you.',
  'video.play': 'Play video (loads {provider})',
  'video.watch': 'Watch on {host}',
  'video.watch-live': 'Watch the livestream on {host}',
  'video.captions': '(with captions)',
  'video.no-captions': '(no captions)',

  // "Where we are" (templates/lib/site/milestones.ts, templates/components/Milestones.astro).
  'milestone.recruiting': 'Recruiting members',
  'milestone.sessions': 'Sessions',
  'milestone.report': 'Report',
  'milestone.response': 'Official response',
  'milestone.following-up': 'Following up',
  'milestone.closing-unpublished': 'The closing date was not published.',
  'milestone.not-published-yet': 'Not published yet.',
  'milestone.done': 'Done',
  'milestone.current': 'Now',
  'milestone.upcoming': 'To come',
  'milestone.range': '{from} to {to}',
  'milestone.until': 'Until {date}',
  'milestone.to-be-announced': 'Date to be announced',
  'milestone.expected': 'Expected: {dates}',

  // Calendar links (templates/components/CalendarLinks.astro).
  'calendar.subscribe': 'Subscribe to every session in your calendar',
  'calendar.subscribe.note': '(changes to the sessions reach your calendar by themselves)',
  'calendar.how': 'On a phone, tap the link and confirm. On a computer, if no calendar opens, add a calendar "from URL" (or "by address") in your calendar and paste:',
  'calendar.download': 'Download the calendar file',
  'calendar.download.archived': '(iCalendar, every session of the record)',
  'calendar.download.copy': '(iCalendar, a copy as it is today: later changes do not reach it)',

  // Page titles and breadcrumbs that are not a section's name.
  'title.faq': 'Questions and answers',
  'title.accessibility': 'Accessibility statement for {site}',
  'title.accessibility.crumb': 'Accessibility statement',
  'title.privacy': 'Privacy notice',
  'title.submissions': 'Public submissions',
  'title.about': 'About {body}',

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

  // Figures that are not exact (templates/lib/site/figures.ts).
  'figure.about': 'about {n}',
  'figure.between': 'between {low} and {high}',
  'figure.more-than': 'more than {n}',

  // Counts, with each language's plural forms.
  'count.days': { one: '{count} day', other: '{count} days' },
  'count.sessions': { one: '{count} session', other: '{count} sessions' },
  'count.evidence': { one: '{count} piece of evidence', other: '{count} pieces of evidence' },
  'count.members': { one: '{count} member', other: '{count} members' },
  'count.recommendations': { one: '{count} recommendation', other: '{count} recommendations' },
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
