/** A small argument parser with messages a person can act on (no dependency, no throw). */

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; message: string };

export interface OptionSpec {
  /** Takes a value (`--format json` or `--format=json`), or is a flag. */
  value: boolean;
  /** Allowed values, when a closed list. */
  choices?: readonly string[];
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>, aliases: Readonly<Record<string, string>> = {}): ArgsResult {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = arg.startsWith('--') ? arg.slice(2, eq < 0 ? undefined : eq) : aliases[arg.slice(1)];
    if (!rawName || !(rawName in spec)) return { ok: false, message: `unknown option ${eq < 0 ? arg : arg.slice(0, eq)}` };
    const name = rawName;
    const s = spec[name];
    if (!s.value) {
      if (eq >= 0) return { ok: false, message: `--${name} takes no value` };
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') {
      return { ok: false, message: `--${name} needs a value${s.choices ? ` (${s.choices.join(', ')})` : ''}` };
    }
    if (s.choices && !s.choices.includes(value)) {
      return { ok: false, message: `--${name} must be one of ${s.choices.join(', ')}, not ${JSON.stringify(value)}` };
    }
    options.set(name, value);
  }
  return { ok: true, args: { positionals, options } };
}
