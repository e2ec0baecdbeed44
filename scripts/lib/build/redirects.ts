/**
 * Redirect pages for renamed ids (config: redirects). Written after the build; a redirect may never
 * replace a real page. Each is a plain page that forwards at once and links to the new address.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedAssembly } from '../../../templates/lib/config/load-assembly.ts';
import { assemblyRoot, type RouteContext } from '../../../templates/lib/site/routes.ts';
import { escapeXml as escapeHtml } from '../../../templates/lib/escape.ts';

export function redirectPage(target: string, canonical: string, language: string): string {
  const href = escapeHtml(target);
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This page has moved</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${escapeHtml(canonical)}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p><a href="${href}">Go to its new address</a></p>
</main>
</body>
</html>
`;
}

/** Returns problems instead of writing over a page. */
export function writeRedirects(dir: string, assemblies: readonly LoadedAssembly[], context: RouteContext): string[] {
  const problems: string[] = [];
  for (const assembly of assemblies) {
    const root = assemblyRoot(context, assembly.id);
    const local = root.slice(context.base.length);
    for (const { from, to } of assembly.config.redirects) {
      const file = join(dir, local, from, 'index.html');
      if (existsSync(file)) {
        problems.push(`${assembly.dir}/assembly.yaml: redirects: "${from}" is a page of the site, so it cannot be redirected. Remove this redirect.`);
        continue;
      }
      if (!existsSync(join(dir, local, to, 'index.html'))) {
        problems.push(`${assembly.dir}/assembly.yaml: redirects: "${to}" is not a page of the site. Correct the new address.`);
        continue;
      }
      mkdirSync(join(dir, local, from), { recursive: true });
      writeFileSync(file, redirectPage(`${root}${to}/`, new URL(`${to}/`, assembly.config.site.url).href, assembly.config.language));
    }
  }
  return problems;
}
