/** "Cite this page": who published it, what it is, its permanent address and date (G53, G81). */
import { formatDate } from './format.ts';
import { messagesFor, type Messages } from '../i18n/translate.ts';

export interface CitationInput {
  organisation: string;
  siteTitle: string;
  pageTitle: string;
  url: string;
  updated?: string | undefined;
}

export function citation({ organisation, siteTitle, pageTitle, url, updated }: CitationInput, messages: Messages = messagesFor('en-GB')): string {
  const title = pageTitle === siteTitle ? siteTitle : `${pageTitle}. ${siteTitle}`;
  return `${organisation}. ${title}. ${url}${updated ? ` ${messages.text('cite.updated', { date: formatDate(updated, messages.locale) })}` : ''}.`;
}
