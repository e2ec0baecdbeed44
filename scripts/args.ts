/** Tiny argument reader shared by the scripts: `--assembly <id>`, flags, and positionals. */
export interface Args {
  options: Record<string, string | true>;
  positionals: string[];
}

export function readArgs(argv: readonly string[] = process.argv.slice(2)): Args {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string?];
      const next = argv[i + 1];
      if (inline !== undefined) options[name] = inline;
      else if (next !== undefined && !next.startsWith('--') && valueOptions.has(name)) {
        options[name] = next;
        i++;
      } else options[name] = true;
    } else positionals.push(arg);
  }
  return { options, positionals };
}

const valueOptions = new Set(['assembly', 'base', 'out', 'site', 'cache-dir', 'sizes', 'widths', 'clock', 'only', 'assemblies', 'as-of', 'port']);

/**
 * `--as-of 2027-09-30` (or `2027-09-30T10:00`, UTC) builds or checks the site as it will be at that
 * moment: what is scheduled by then is published, what comes later is not. It sets
 * SOURCE_DATE_EPOCH, which every part of the build reads as "now". Exits with a message if the
 * date is not one.
 */
export function applyAsOf(args: Args, env: Record<string, string | undefined> = process.env): void {
  const value = args.options['as-of'];
  if (value === undefined) return;
  const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value) : null;
  const instant = match ? Date.parse(`${match[1]}T${match[2] ?? '00:00'}:00Z`) : Number.NaN;
  if (Number.isNaN(instant)) {
    console.error(`--as-of needs a date written 2027-09-30, or a date and time in UTC written 2027-09-30T10:00 (it was ${String(value)}).`);
    process.exit(1);
  }
  env['SOURCE_DATE_EPOCH'] = String(instant / 1000);
}

export function stringOption(args: Args, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}
