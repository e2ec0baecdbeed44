/**
 * The page shell every assembly page shares (templates/layouts/AssemblyPage.astro), rendered through
 * Astro's container API: its words come from the catalogue of the assembly's language (issue 19).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import AssemblyPage from '../../templates/layouts/AssemblyPage.astro';
import { siteAssembly, textOf, type SiteAssembly } from './assemblies.ts';

const container = await AstroContainer.create();
const page = (assembly: SiteAssembly, segments: string[] = []) =>
  container.renderToString(AssemblyPage, { props: { assembly, title: 'Page', segments }, slots: { default: '<p>Body</p>' } });
const inLanguage = (assembly: SiteAssembly, language: string): SiteAssembly => ({ ...assembly, config: { ...assembly.config, language } });

const cambridge = siteAssembly('assemblies', 'greater-cambridge-2019');
const archived = siteAssembly('tests/fixtures/sites/archived', 'alpha');

describe('AssemblyPage', () => {
  it('is in English for an English assembly', async () => {
    const html = await page(cambridge);
    expect(html).toContain('<html lang="en-GB"');
    const words = textOf(html);
    expect(html).toContain('href="#main-content">Skip to main content</a>');
    expect(words).toContain('Menu Home About Members');
    expect(words).toContain('Cite this page');
    expect(words).toMatch(/Content published under the Creative Commons Attribution 4\.0 licence\. Last updated \d+ [A-Z][a-z]+ \d{4}\./);
  });

  it('is in Welsh for a Welsh assembly: skip link, navigation, search, footer, licence and dates', async () => {
    const html = await page(inLanguage(cambridge, 'cy-GB'));
    expect(html).toContain('<html lang="cy-GB"');
    expect(html).toContain('aria-label="Prif"');
    const words = textOf(html);
    expect(html).toContain('href="#main-content">Neidio i&#39;r prif gynnwys</a>');
    expect(words).toContain('Dewislen Hafan Ynghylch Aelodau');
    expect(words).toContain("Dyfynnu'r dudalen hon");
    expect(words).toContain('Ffrwd newyddion (Atom) Calendr y sesiynau');
    expect(words).toMatch(/Cyhoeddwyd y cynnwys dan y drwydded Creative Commons Attribution 4\.0\. Diweddarwyd ddiwethaf \d+ [A-Z][a-z]+ \d{4}\./);
    expect(words).not.toMatch(/Skip to main content|Cite this page|Last updated|Commissioned by/);
  });

  it('says the assembly has ended in the assembly’s language, with the date as that language writes it', async () => {
    expect(textOf(await page(archived))).toContain('This assembly has ended. Since 31 January 2022 this site is kept as the permanent record and is no longer updated.');
    expect(textOf(await page(inLanguage(archived, 'cy-GB')))).toContain("Mae'r cynulliad hwn wedi dod i ben. Ers 31 Ionawr 2022 cedwir y wefan hon fel y cofnod parhaol");
  });

  it('keeps an English shell’s dates in English for a language with no catalogue yet', async () => {
    const words = textOf(await page(inLanguage(archived, 'fr-FR')));
    expect(words).toContain('Since 31 January 2022 this site is kept');
    expect(words).not.toContain('janvier');
  });

  it('lists several commissioners as the language does', async () => {
    const two = { ...cambridge, config: { ...cambridge.config, commissioners: [{ ...cambridge.config.commissioners[0]!, name: 'Cyngor Caerdydd' }, { ...cambridge.config.commissioners[0]!, name: 'Ysgol' }] } };
    expect(textOf(await page(two))).toContain('Commissioned by Cyngor Caerdydd and Ysgol.');
    expect(textOf(await page(inLanguage(two, 'cy-GB')))).toContain('Comisiynwyd gan Cyngor Caerdydd ac Ysgol.');
  });
});
