import { describe, expect, it } from 'vitest';
import { serialiseLd } from '../../templates/lib/discovery/json-ld.ts';
import { pagePathOf, robotsTxt, sharedRoot, sitemapXml } from '../../templates/lib/discovery/sitemap.ts';
import { wrapText } from '../../templates/lib/discovery/social-image.ts';

describe('sitemap and robots', () => {
  it('finds the public root shared by assemblies built together', () => {
    expect(sharedRoot([{ id: 'a', url: 'https://x.org/a/' }, { id: 'b', url: 'https://x.org/b/' }])).toBe('https://x.org/');
    expect(sharedRoot([{ id: 'a', url: 'https://x.org/a/' }, { id: 'b', url: 'https://b.org/' }])).toBeUndefined();
  });
  it('writes valid entries and robots lines', () => {
    expect(sitemapXml([{ url: 'https://x.org/a/?b&c' }])).toContain('<loc>https://x.org/a/?b&amp;c</loc>');
    expect(robotsTxt(['https://x.org/sitemap.xml'])).toBe('User-agent: *\nAllow: /\nSitemap: https://x.org/sitemap.xml\n');
    expect(robotsTxt(['https://a.org/sitemap.xml', 'https://b.org/ca/sitemap.xml'])).toBe('User-agent: *\nAllow: /\nSitemap: https://a.org/sitemap.xml\nSitemap: https://b.org/ca/sitemap.xml\n');
    expect(robotsTxt([])).toBe('User-agent: *\nAllow: /\n');
    expect(pagePathOf('a/b/index.html')).toBe('a/b/');
    expect(pagePathOf('404.html')).toBeUndefined();
  });
});

describe('social image and JSON-LD helpers', () => {
  it('wraps text into at most the given lines, with an ellipsis', () => {
    // 10px text in 50px holds about 9 characters a line.
    expect(wrapText('one two three four five six', 10, 50, 4)).toEqual(['one two', 'three', 'four five', 'six']);
    expect(wrapText('one two three four five six', 10, 50, 3)).toEqual(['one two', 'three', 'four…']);
  });
  it('never lets JSON-LD close its script element', () => {
    expect(serialiseLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script');
  });
});
