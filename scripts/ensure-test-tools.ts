/**
 * Before the tests: make sure Debian's Chromium (browser tests), a Java runtime (the Nu HTML
 * checker) and EPUBCheck (the e-book) are installed, installing them with apt-get when we can.
 * Never downloads a browser build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = '/usr/bin/chromium';
/** Debian's EPUBCheck, run with java -jar (its /usr/bin wrapper needs binfmt support). */
export const epubcheckJar = '/usr/share/java/epubcheck.jar';
const needs: Array<{ name: string; present: () => boolean; packages: string[] }> = [
  { name: 'Chromium', present: () => existsSync(chromiumPath), packages: ['chromium'] },
  { name: 'Java', present: () => spawnSync('java', ['-version']).status === 0, packages: ['default-jre-headless'] },
  { name: 'EPUBCheck', present: () => existsSync(epubcheckJar), packages: ['epubcheck'] },
];

const missing = needs.filter((need) => !need.present());
if (missing.length > 0) {
  const packages = missing.flatMap((need) => need.packages);
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) {
    console.error(`The tests need ${missing.map((m) => m.name).join(' and ')}. Install them with: sudo apt-get install ${packages.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} from Debian for the tests...`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
