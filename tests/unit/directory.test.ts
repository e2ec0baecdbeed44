/** Order of assemblies on the site root (templates/lib/site/directory.ts). */
import { describe, expect, it } from 'vitest';
import { directoryOrder } from '../../templates/lib/site/directory.ts';
import { session } from '../support/minimal-config.ts';

describe('directory', () => {
  it('lists current assemblies before finished ones', () => {
    const entry = (id: string, phase: 'recruiting' | 'archived', start: string) => ({
      assembly: { id, config: { sessions: [session('s', start, start)], time_zone: 'Europe/London' } },
      phase,
    });
    const ordered = directoryOrder([entry('old', 'archived', '2019-09-07T10:00'), entry('new', 'recruiting', '2027-03-06T10:00')]);
    expect(ordered.map((e) => e.assembly.id)).toEqual(['new', 'old']);
  });
});
