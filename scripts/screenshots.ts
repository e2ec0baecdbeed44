/**
 * Screenshots of one page of every type, at phone and desktop widths, for a person to look at
 * (issue 17's review). Serves a built site, opens it in Debian's Chromium and writes full-page PNGs.
 *
 *   node scripts/screenshots.ts --site dist --out screenshots [--widths 320,390,1280] [--assembly id] [--clock 2027-03-06T11:00Z]
 *
 * --clock fixes the browser's clock, so pages whose script follows the time (the session clock)
 * show the moment the site was built for (with --as-of) rather than today.
 */
import './unexpected-errors.ts';
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { serve } from './lib/static-server.ts';
import { readArgs, stringOption } from './args.ts';

const parsed = readArgs();
const args = {
  site: stringOption(parsed, 'site') ?? 'dist',
  out: stringOption(parsed, 'out') ?? 'screenshots',
  assembly: stringOption(parsed, 'assembly') ?? '',
};
const widths = (stringOption(parsed, 'widths') ?? '320,390,1280').split(',').map(Number);
const clock = stringOption(parsed, 'clock');

/** The first page below `folder`, so each kind of item page is shown once. */
function firstChild(root: string, folder: string): string | undefined {
  const dir = join(root, folder);
  if (!existsSync(dir)) return undefined;
  const child = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()[0];
  return child && `${folder}/${child}`;
}

const listPages = ['', 'about', 'members', 'sessions', 'evidence', 'speakers', 'recommendations', 'report', 'report/full', 'response', 'news', 'faq', 'submissions', 'search', 'data', 'transparency', 'accessibility', 'privacy', 'resources'];
const itemFolders = ['sessions', 'evidence', 'speakers', 'news'];

const assemblies = readdirSync(args.site, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(args.site, e.name, 'index.html')) && (!args.assembly || e.name === args.assembly))
  .map((e) => e.name);

const server = await serve(args.site);
const browser = await launchBrowser();
mkdirSync(args.out, { recursive: true });
let count = 0;
try {
  for (const id of assemblies) {
    const root = join(args.site, id);
    const recommendation = readdirSync(join(root, 'recommendations'), { withFileTypes: true }).find((e) => e.isDirectory() && !['theme', 'status'].includes(e.name))?.name;
    const chapter = existsSync(join(root, 'report')) ? readdirSync(join(root, 'report'), { withFileTypes: true }).find((e) => e.isDirectory() && e.name !== 'full')?.name : undefined;
    const pages = [
      ...listPages.filter((p) => existsSync(join(root, p, 'index.html'))),
      ...itemFolders.map((f) => firstChild(root, f)).filter((p): p is string => p !== undefined),
      ...(recommendation ? [`recommendations/${recommendation}`] : []),
      ...(chapter ? [`report/${chapter}`] : []),
    ];
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 800 ? 844 : 900 } });
      if (clock) await page.clock.setFixedTime(new Date(clock));
      for (const path of pages) {
        await page.goto(`${server.url}/${id}/${path}${path ? '/' : ''}`, { waitUntil: 'networkidle' });
        const name = `${id}--${path.replace(/\//g, '_') || 'home'}--${width}.png`;
        await page.screenshot({ path: join(args.out, name), fullPage: true });
        count += 1;
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${args.out}`);
