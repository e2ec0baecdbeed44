/** The parts of a series of assemblies (templates/lib/site/series.ts), built here or published elsewhere, in order. */
import { describe, expect, it } from 'vitest';
import { seriesParts } from '../../templates/lib/site/series.ts';

describe('series', () => {
  it('gather the parts of a series built here and published elsewhere, in order', () => {
    const series = (part: number) => ({ id: 'ca', title: 'The Citizens\' Assembly 2016–2018', part, parts: [{ title: 'Ageing', part: 2, url: 'https://example.org/ageing/' }] });
    const one = { id: 'eighth', config: { title: 'Eighth Amendment', series: series(1) } };
    const three = { id: 'climate', config: { title: 'Climate change', series: series(3) } };
    const other = { id: 'x', config: { title: 'Unrelated', series: undefined } };
    expect(seriesParts(three, [one, three, other], (id) => `/${id}/`)).toEqual([
      { title: 'Eighth Amendment', part: 1, href: '/eighth/', current: false },
      { title: 'Ageing', part: 2, href: 'https://example.org/ageing/', current: false },
      { title: 'Climate change', part: 3, href: '/climate/', current: true },
    ]);
  });
});
