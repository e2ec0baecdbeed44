/**
 * Which sections an assembly's site has, in navigation order. A section with no data yet is
 * left out of the navigation (its page still exists and says plainly what is to come).
 */
import type { AssemblyConfig } from '../../schema/assembly.ts';

export interface Section {
  /** Path below the assembly root; '' is the home page. */
  path: string;
  label: string;
  /** Shown in the main navigation. */
  inNavigation: boolean;
}

export interface SectionData {
  config: AssemblyConfig;
  chapterCount: number;
  newsCount: number;
}

export function sectionsOf({ config, chapterCount, newsCount }: SectionData): Section[] {
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
  const section = (path: string, label: string, inNavigation: boolean): Section => ({ path, label, inNavigation });
  return [
    section('', 'Home', true),
    section('about', 'About', true),
    section('members', 'Members', has.members),
    section('sessions', 'Sessions', has.sessions),
    section('evidence', 'Evidence', has.evidence),
    section('speakers', 'Speakers', has.speakers),
    section('submissions', 'Submissions', has.submissions),
    section('report', 'Report', has.report),
    section('recommendations', 'Recommendations', has.recommendations),
    section('response', 'Response', has.response),
    section('news', 'News', has.news),
    section('faq', 'Questions', has.faq),
    section('resources', 'Resources', has.resources),
    section('search', 'A to Z', false),
    section('data', 'Open data', false),
    section('transparency', 'Transparency', false),
    section('accessibility', 'Accessibility', false),
    section('privacy', 'Privacy', false),
  ];
}
