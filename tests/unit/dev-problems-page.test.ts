/** The page `npm run dev` shows in place of the site while files are invalid (scripts/lib/dev/problems-page.ts). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../templates/lib/config/problems.ts';
import { problemsMiddleware, problemsPage } from '../../scripts/lib/dev/problems-page.ts';

const problems: Problem[] = [
  { severity: 'error', file: 'assemblies/a/news/x.mdx', line: 7, column: 9, path: [], message: 'A < starts a tag in MDX. Write \\< or &lt;.' },
  { severity: 'warning', file: 'assemblies/a/assembly.yaml', line: 2, column: 1, path: ['title'], message: 'Long.' },
];

/** Runs the middleware on a request; returns what it answered, or "next". */
function request(current: readonly Problem[] | undefined, method: string, accept: string) {
  const answer = { status: 0, headers: {} as Record<string, string>, body: '', passed: false };
  const response = {
    set statusCode(value: number) {
      answer.status = value;
    },
    setHeader: (name: string, value: string) => (answer.headers[name.toLowerCase()] = value),
    end: (body: string) => (answer.body = body),
  } as unknown as ServerResponse;
  problemsMiddleware(() => current)({ method, headers: { accept } } as IncomingMessage, response, () => (answer.passed = true));
  return answer;
}

describe('the dev server problems page', () => {
  it('lists every problem exactly as npm run check prints it, escaped, with a count', () => {
    const page = problemsPage(problems);
    expect(page).toContain('<pre>assemblies/a/news/x.mdx:7:9  A &lt; starts a tag in MDX. Write \\&lt; or &amp;lt;.</pre>');
    expect(page).toContain('<pre>assemblies/a/assembly.yaml:2:1  warning: title: Long.</pre>');
    expect(page).toContain('1 error, 1 warning');
    expect(page).toMatch(/<html lang="en">[\s\S]*<title>[^<]+<\/title>[\s\S]*<main>[\s\S]*<h1>/);
  });

  it('checks again by itself, without JavaScript', () => {
    expect(problemsPage(problems)).toContain('<meta http-equiv="refresh" content="2">');
    expect(problemsPage(problems)).not.toContain('<script');
  });

  it('answers page requests with the problems while there are any', () => {
    const answer = request(problems, 'GET', 'text/html,application/xhtml+xml');
    expect(answer.passed).toBe(false);
    expect(answer.status).toBe(500);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toContain('x.mdx:7:9');
  });

  it('lets everything through once the files are fixed, and never stands in for scripts, styles or data', () => {
    expect(request(undefined, 'GET', 'text/html').passed).toBe(true);
    expect(request(problems, 'GET', 'text/css,*/*;q=0.1').passed).toBe(true);
    expect(request(problems, 'GET', '*/*').passed).toBe(true);
    expect(request(problems, 'POST', 'text/html').passed).toBe(true);
  });
});
