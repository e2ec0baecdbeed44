/**
 * Fields whose place or shape changed, with the exact change to make: an assembly written for an
 * earlier version gets a message that says how to update it, not a bare "unknown field".
 */
import type { FieldPath } from './problems.ts';

interface Migration {
  /** The field's path, with * for any list position. */
  path: string;
  /** Which mistake it explains: a key the schema no longer knows, or a value of the old shape. */
  when: 'unknown-key' | 'wrong-type';
  message: string;
}

const migrations: readonly Migration[] = [
  {
    path: 'members.selection.payment',
    when: 'unknown-key',
    message:
      'Payment has moved to members.support.payment, which also says what it is paid for. Move it there and add per (day, weekend, session or total), for example: support: { payment: { amount: { amount: 150, currency: GBP }, per: weekend } }. Write payment: unpaid if members were not paid.',
  },
  {
    path: 'oversight',
    when: 'wrong-type',
    message:
      'oversight is now a list, so that an assembly can name several groups (an advisory panel, expert leads, …). Put "- " before the group\'s first field (name:) and indent its other fields to line up with it.',
  },
];

const matches = (pattern: string, path: FieldPath) => {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((part, i) => part === '*' || part === String(path[i]));
};

/** The update message for a mistake at `path`, if it is an old way of writing a field. */
export function migrationFor(path: FieldPath, when: Migration['when']): string | undefined {
  return migrations.find((m) => m.when === when && matches(m.path, path))?.message;
}
