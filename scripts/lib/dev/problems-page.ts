/**
 * In `npm run dev`, a save that leaves an assembly's files invalid shows the problems in the
 * browser, exactly as `npm run check` prints them, until a save fixes them: the organiser never
 * looks at a stale page believing it is current. The assembly-site integration checks after each
 * save; this middleware on Astro's dev server answers every page request with the problems while
 * there are any.
 * The page refreshes itself (a meta refresh, so without JavaScript too) and shows the site again
 * once the files are fixed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeXml } from '../../../templates/lib/escape.ts';
import { formatProblem, summarise, type Problem } from '../../../templates/lib/config/problems.ts';

/** How the terminal report ends in the dev server, where a save is all it takes. */
export const devAfterFixing = 'save: until then the browser shows these problems in place of the site';

/** Seconds between the page's checks for a fix. */
export const refreshSeconds = 2;

export function problemsPage(problems: readonly Problem[]): string {
  const items = problems.map((problem) => `<li><pre>${escapeXml(formatProblem(problem))}</pre></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${refreshSeconds}">
<title>Fix these problems to see the site</title>
<style>
body { font: 1.125rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #0b0c0c; background: #fff; }
h1 { font-size: 1.75rem; border-left: 0.5rem solid #b10e1e; padding-left: 0.75rem; }
li { margin-bottom: 1rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font-size: 1rem; }
</style>
</head>
<body>
<main>
<h1>Fix these problems to see the site</h1>
<p>The files as last saved have ${escapeXml(summarise(problems))}. The site is not shown until they are fixed, so you never see an old version by mistake.</p>
<p>Each problem gives the file, line and column, then what is wrong and what to do. Save the file; this page checks again every ${refreshSeconds} seconds and shows the site once everything is fixed.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}

type Next = (error?: unknown) => void;

/** Answers page requests with the problems while there are any; everything else passes through. */
export function problemsMiddleware(current: () => readonly Problem[] | undefined) {
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    const problems = current();
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (!problems || !wantsPage) return next();
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(problemsPage(problems));
  };
}
