/**
 * Redirects checked before anything is built (issue 15): one may not take over a page of the site,
 * lead to a page that will not exist, lead to another redirect, or go round in a circle. The build
 * checks again against the pages it made (scripts/lib/build/redirects.ts).
 */
import type { FieldPath } from './problems.ts';

export interface RedirectProblem {
  path: FieldPath;
  message: string;
}

/** The pages every assembly has, whatever its data. */
const alwaysPages = new Set(['about', 'accessibility', 'privacy', 'transparency', 'search', 'data']);

/** The ids of the pages of each kind that has one page per item: sessions/<id>, news/<slug>... */
export type PageIds = Record<'sessions' | 'speakers' | 'evidence' | 'recommendations' | 'news' | 'report', ReadonlySet<string>>;

const itemNames: Record<keyof PageIds, string> = {
  sessions: 'session',
  speakers: 'speaker',
  evidence: 'evidence item',
  recommendations: 'recommendation',
  news: 'news post',
  report: 'report chapter',
};

export function redirectProblems(redirects: ReadonlyArray<{ from?: string | undefined; to?: string | undefined } | undefined>, pages: PageIds): RedirectProblem[] {
  const problems: RedirectProblem[] = [];
  const targets = new Map(redirects.flatMap((r) => (r?.from && r.to ? [[r.from, r.to] as const] : [])));
  const isPage = (path: string) => {
    const [kind, id, ...rest] = path.split('/');
    if (rest.length > 0) return undefined;
    if (id === undefined) return alwaysPages.has(kind!) || undefined;
    const ids = pages[kind as keyof PageIds] as ReadonlySet<string> | undefined;
    if (!ids) return undefined; // not a kind of page the check knows; the build will tell
    return ids.has(id) || (kind === 'report' && id === 'full');
  };
  redirects.forEach((redirect, r) => {
    if (!redirect?.from || !redirect.to || redirect.from === redirect.to) return;
    if (isPage(redirect.from) === true) {
      problems.push({ path: ['redirects', r, 'from'], message: `"${redirect.from}" is a page of the site, so it cannot be redirected. Remove this redirect.` });
      return;
    }
    if (targets.has(redirect.to)) {
      const chain = [redirect.from, redirect.to];
      for (let at = redirect.to; targets.has(at) && !chain.slice(0, -1).includes(at); ) {
        at = targets.get(at)!;
        chain.push(at);
      }
      const circle = chain.slice(0, -1).includes(chain.at(-1)!);
      problems.push({
        path: ['redirects', r, 'to'],
        message: circle
          ? `These redirects go round in a circle (${chain.join(' → ')}), so the page would never load. Point each old address at the page that exists now.`
          : `"${redirect.to}" is itself redirected, to "${targets.get(redirect.to)}". Point this redirect straight at "${chain.at(-1)}".`,
      });
      return;
    }
    if (isPage(redirect.to) === false) {
      const [kind, id] = redirect.to.split('/') as [keyof PageIds, string];
      problems.push({ path: ['redirects', r, 'to'], message: `"${redirect.to}" is not a page of the site: there is no ${itemNames[kind]} "${id}". Correct the new address.` });
    }
  });
  return problems;
}
