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

const valueOptions = new Set(['assembly', 'base', 'out', 'site', 'cache-dir', 'sizes', 'assemblies']);

export function stringOption(args: Args, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}
