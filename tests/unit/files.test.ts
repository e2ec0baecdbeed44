/** Links to documents (templates/lib/site/files.ts): local files with their real size, MDX transcripts as pages (evidence.ts). */
import { describe, expect, it } from 'vitest';
import { transcriptSlug } from '../../templates/lib/site/evidence.ts';
import { fileLink } from '../../templates/lib/site/files.ts';

describe('files', () => {
  it('finds MDX transcripts and serves local files with their real size', () => {
    expect(transcriptSlug('transcripts/01-opening.mdx')).toBe('opening');
    expect(transcriptSlug('https://example.org/t.html')).toBeUndefined();
    const link = fileLink({ base: '/', only: undefined }, { id: 'gc', files: { 'files/report.pdf': 2048 } }, { href: 'files/report.pdf' });
    expect(link).toEqual({ url: '/gc/files/report.pdf', details: 'PDF, 2.0 KB' });
    // A format the link's words already give is not said twice: "Full report (HTML) (HTML)".
    const web = { href: 'https://example.org/report.html', format: 'HTML' };
    expect(fileLink({ base: '/', only: undefined }, { id: 'gc', files: {} }, { ...web, title: 'Full report (HTML)' }).details).toBe('');
    expect(fileLink({ base: '/', only: undefined }, { id: 'gc', files: {} }, { ...web, title: 'Full report' }).details).toBe('HTML');
  });
});
