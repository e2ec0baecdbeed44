/**
 * Which sections an assembly's site has, in navigation order. A section with no data yet is
 * left out of the navigation (its page still exists and says plainly what is to come).
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';
import type { SectionKey } from '../i18n/catalogue.ts';
import type { Messages } from '../i18n/translate.ts';

export interface Section {
  /** Path below the assembly root; '' is the home page. */
  path: string;
  /** Its name in the page's language. */
  label: string;
  /** Shown in the main navigation. */
  inNavigation: boolean;
}

export interface SectionData {
  config: AssemblyConfig;
  chapterCount: number;
  newsCount: number;
  /** The words of the page's language (templates/lib/i18n/). */
  messages: Messages;
}

export function sectionsOf({ config, chapterCount, newsCount, messages }: SectionData): Section[] {
  const has = {
    members: config.members !== undefined,
    sessions: config.sessions.length > 0,
    evidence: config.evidence.length > 0,
    speakers: config.speakers.length > 0,
    submissions: config.submissions !== undefined,
    report: config.report !== undefined || chapterCount > 0,
    recommendations: config.recommendations.length > 0,
    response: config.response !== undefined || config.recommendations.some((r) => r.response),
    news: newsCount > 0,
    faq: config.faq.length > 0,
    resources: config.resources.length > 0,
  };
  // A section's path is its key in the catalogue, but for the home page's ''.
  const section = (key: SectionKey, inNavigation: boolean): Section => ({ path: key === 'home' ? '' : key, label: messages.text(`section.${key}`), inNavigation });
  return [
    section('home', true),
    section('about', true),
    section('members', has.members),
    section('sessions', has.sessions),
    section('evidence', has.evidence),
    section('speakers', has.speakers),
    section('submissions', has.submissions),
    section('report', has.report),
    section('recommendations', has.recommendations),
    section('response', has.response),
    section('news', has.news),
    section('faq', has.faq),
    section('resources', has.resources),
    section('search', false),
    section('data', false),
    section('transparency', false),
    section('accessibility', false),
    section('privacy', false),
  ];
}
