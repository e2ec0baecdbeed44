/** Small configs for unit tests of the site's logic: the smallest valid assembly, and a bare session. */
import { assemblySchema, type AssemblyConfig } from '../../templates/schema/assembly.ts';

/** The smallest valid config, with overrides. */
export function config(overrides: Record<string, unknown> = {}): AssemblyConfig {
  return assemblySchema.parse({
    title: 'Test Assembly',
    short_title: 'Test',
    summary: 'A test.',
    commissioners: [{ name: 'Test Council', type: 'local-authority' }],
    question: 'What should we do?',
    site: {
      url: 'https://test.example.org/',
      contact: { email: 'a@example.org' },
      accessibility: { status: 'fully-compliant', prepared: '2026-01-01', last_reviewed: '2026-01-01' },
      privacy: { controller: 'Test Council', contact: 'b@example.org' },
      branding: { organisation: 'Test Council' },
    },
    ...overrides,
  });
}

/** A streamed session with no days of its own, from `start` to `end`. */
export const session = (id: string, start: string, end: string) => ({ id, title: id, purpose: 'p', start, end, streamed: true, days: [] });
