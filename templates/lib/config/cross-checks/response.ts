/** The official response: what it must say about itself, and the sources of statuses the editors set. */
import type { FieldPath } from '../problems.ts';
import { error, type CrossCheck } from './check.ts';

const needsSource = (value: { set_by?: string | undefined; source?: string | undefined } | undefined, path: FieldPath) =>
  value?.set_by === 'editors' && !value.source ? [error([...path, 'source'], "A status set by the site's editors needs its source. Add source: the page that supports it.")] : [];

export const responseChecks: CrossCheck[] = [
  {
    id: 'response.dated',
    run: ({ response }) => {
      if (!response) return [];
      if (response.date === undefined && (response.events ?? []).length === 0) {
        return [error(['response'], 'The response has no date and no events. Give the date of the response document, or list what happened in events.')];
      }
      return response.title && response.date === undefined ? [error(['response', 'date'], 'The response document has a title but no date. Add the date it was published.')] : [];
    },
  },
  {
    id: 'response.by-theme-has-answers',
    run: ({ response, themes }) =>
      response?.answers === 'by-theme' && !(themes ?? []).some((t) => t?.response)
        ? [error(['response', 'answers'], 'The response answers theme by theme, but no theme has a response. Add themes[].response, or change answers.')]
        : [],
  },
  {
    id: 'response.editors-give-source',
    run: ({ recommendations, themes }) => [
      ...(recommendations ?? []).flatMap((rec, r) => needsSource(rec?.response, ['recommendations', r, 'response'])),
      ...(themes ?? []).flatMap((theme, t) => needsSource(theme?.response, ['themes', t, 'response'])),
    ],
  },
];
