/**
 * The config as the transparency check should judge it: starter text from `npm run new`
 * ("REPLACE: …", replace-me) is not information, so it never counts as published. A top-level
 * section or a list item that still holds starter text counts as not filled in; under `site`,
 * whose fields every page needs, only the fields themselves are left out.
 */
import { isPlaceholder } from '../config/load-assembly.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function holdsStarterText(value: unknown): boolean {
  if (typeof value === 'string') return isPlaceholder(value);
  if (Array.isArray(value)) return value.some(holdsStarterText);
  return isObject(value) && Object.values(value).some(holdsStarterText);
}

const holdsStarterTextItself = (value: Record<string, unknown>) => Object.values(value).some((v) => typeof v === 'string' && isPlaceholder(v));

function strip(value: unknown, topLevel: boolean): unknown {
  if (Array.isArray(value)) return value.filter((item) => !holdsStarterText(item)).map((item) => strip(item, false));
  if (!isObject(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && isPlaceholder(field)) continue;
    if (topLevel && key !== 'site' && isObject(field) && holdsStarterTextItself(field)) continue;
    kept[key] = strip(field, false);
  }
  return kept;
}

export function withoutStarterText<T extends object>(config: T): T {
  return strip(config, true) as T;
}
