/** "Cite this page": who published it, what it is, its permanent address and date (G53, G81). */
import { formatDate } from './format.ts';

export interface CitationInput {
  organisation: string;
  siteTitle: string;
  pageTitle: string;
  url: string;
  updated?: string | undefined;
}

export function citation({ organisation, siteTitle, pageTitle, url, updated }: CitationInput): string {
  const title = pageTitle === siteTitle ? siteTitle : `${pageTitle}. ${siteTitle}`;
  return `${organisation}. ${title}. ${url}${updated ? ` (last updated ${formatDate(updated)})` : ''}.`;
}
