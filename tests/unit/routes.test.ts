/** Web addresses of every page (templates/lib/site/routes.ts), with several assemblies, one alone, and under a sub-path. */
import { describe, expect, it } from 'vitest';
import { assemblyParam, assemblyRoot, pagePath, siteRoot } from '../../templates/lib/site/routes.ts';

describe('routes', () => {
  const multi = { base: '/', only: undefined };
  const single = { base: '/', only: 'gc' };
  const sub = { base: '/citizens-assembly/2027/', only: undefined };
  it('puts each assembly under its id when several are built', () => {
    expect(assemblyRoot(multi, 'gc')).toBe('/gc/');
    expect(pagePath(multi, 'gc', 'sessions', 'day-1')).toBe('/gc/sessions/day-1/');
    expect(assemblyParam(multi, 'gc')).toBe('gc');
  });
  it('roots a single assembly at the base', () => {
    expect(assemblyRoot(single, 'gc')).toBe('/');
    expect(pagePath(single, 'gc', 'about')).toBe('/about/');
    expect(assemblyParam(single, 'gc')).toBeUndefined();
  });
  it('works under a sub-path', () => {
    expect(pagePath(sub, 'gc', 'report')).toBe('/citizens-assembly/2027/gc/report/');
    expect(siteRoot(sub)).toBe('/citizens-assembly/2027/');
  });
});
