import { describe, expect, it } from 'vitest';
import { headingsOneLevelDown } from '../../templates/lib/site/headings.ts';

describe('headings one level down', () => {
  it('moves every heading down a level, opening and closing tags alike, attributes kept', () => {
    expect(headingsOneLevelDown('<h2 id="the-vision">The vision</h2><p>Text</p><h3>Detail</h3>')).toBe('<h3 id="the-vision">The vision</h3><p>Text</p><h4>Detail</h4>');
    expect(headingsOneLevelDown('<h1>A</h1><h5>E</h5>')).toBe('<h2>A</h2><h6>E</h6>');
  });
  it('leaves h6, other tags that start with h, and escaped text alone', () => {
    const untouched = '<h6>Deepest</h6><hr><header>x</header><p>Write &lt;h2&gt; for a heading</p>';
    expect(headingsOneLevelDown(untouched)).toBe(untouched);
  });
});
