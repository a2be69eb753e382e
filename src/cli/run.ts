/**
 * The `touchmap` command, as a function: arguments and an `io` in, an exit code out. Exit codes:
 * 0 fine, 1 gaps at or above `--fail-on` (check), 2 usage error or an unreadable/invalid file.
 * Never prints a stack trace: every failure is one clear message.
 */
import { version as packageVersion } from '../../package.json';
import { severitySchema, type JourneyData, type Severity } from '../domain/schema';
import { toCsv } from '../io/csv';
import { buildRegister, registerRows, type RegisterKind } from '../io/registers';
import { renderMapSvg } from '../io/svg';
import { parseArgs, type OptionSpec } from './args';
import { runCheck } from './check';
import type { CliIo } from './io';
import { issueLine } from '../io/format';
import { loadJourney } from './load';
import { colon, langFromEnv, msg, USAGE, type Lang } from './messages';

export type { CliIo } from './io';

export const APP_VERSION: string = packageVersion;

const LANGS = ['zh', 'en'] as const;
const SEVERITY_CHOICES = [...severitySchema.options].reverse();

const CHECK_SPEC: Record<string, OptionSpec> = {
  format: { value: true, choices: ['text', 'json'] },
  'fail-on': { value: true, choices: SEVERITY_CHOICES },
  lang: { value: true, choices: LANGS },
};
const EXPORT_SPEC: Record<string, OptionSpec> = {
  format: { value: true, choices: ['svg'] },
  overlay: { value: true, choices: ['none', 'risk', 'complaints', 'gaps'] },
  lang: { value: true, choices: LANGS },
  'hide-complaints': { value: false },
  'hide-owners': { value: false },
  'no-title': { value: false },
};

const REGISTER_SPEC: Record<string, OptionSpec> = {
  per: { value: true, choices: ['touchpoint', 'gap'] },
  lang: { value: true, choices: LANGS },
  'hide-complaints': { value: false },
  'hide-owners': { value: false },
  'no-bom': { value: false },
};

function usageError(io: CliIo, message: string): 2 {
  io.stderr(`touchmap: ${message}\n\n${USAGE}`);
  return 2;
}

type Ready = { ok: true; data: JourneyData; options: Map<string, string | true>; lang: Lang } | { ok: false; code: 2 };

async function withJourney(command: string, argv: string[], spec: Record<string, OptionSpec>, io: CliIo): Promise<Ready> {
  const parsed = parseArgs(argv, spec);
  if (!parsed.ok) return { ok: false, code: usageError(io, `${command}: ${parsed.message}`) };
  const { positionals, options } = parsed.args;
  if (positionals.length !== 1) {
    const why = positionals.length ? 'give one journey file' : `which journey file? (touchmap ${command} <journey.json>)`;
    return { ok: false, code: usageError(io, `${command}: ${why}`) };
  }
  const lang = (options.get('lang') as Lang | undefined) ?? langFromEnv(io.env);
  const loaded = await loadJourney(positionals[0], io, lang);
  if (!loaded.ok) {
    io.stderr(`touchmap ${command}: ${loaded.message}\n`);
    return { ok: false, code: 2 };
  }
  for (const w of loaded.warnings) io.stderr(`touchmap ${command}: ${msg('warning', lang)}${colon(lang)}${issueLine(w, lang)}\n`);
  return { ok: true, data: loaded.data, options, lang };
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.stdout : io.stderr)(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${APP_VERSION}\n`);
    return 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  switch (command) {
    case 'check': {
      const r = await withJourney('check', rest, CHECK_SPEC, io);
      if (!r.ok) return r.code;
      const report = runCheck(r.data, {
        format: (r.options.get('format') as 'text' | 'json' | undefined) ?? 'text',
        failOn: (r.options.get('fail-on') as Severity | undefined) ?? 'high',
        lang: r.lang,
        appVersion: APP_VERSION,
        now: io.now(),
      });
      io.stdout(report.output);
      return report.exitCode;
    }
    case 'export': {
      const format = rest.find((_a, i) => rest[i - 1] === '--format') ?? rest.find((a) => a.startsWith('--format='))?.slice(9);
      if (format && format !== 'svg') {
        return usageError(io, `export: the command line writes SVG only (--format svg); make PNG and PDF in the app, or convert the SVG`);
      }
      const r = await withJourney('export', rest, EXPORT_SPEC, io);
      if (!r.ok) return r.code;
      const { svg } = renderMapSvg(r.data, {
        lang: r.lang,
        overlay: (r.options.get('overlay') as 'none' | undefined) ?? 'none',
        hideComplaints: r.options.has('hide-complaints'),
        hideOwners: r.options.has('hide-owners'),
        title: !r.options.has('no-title'),
        date: io.now(),
      });
      io.stdout(svg);
      return 0;
    }
    case 'register': {
      const r = await withJourney('register', rest, REGISTER_SPEC, io);
      if (!r.ok) return r.code;
      const register = buildRegister((r.options.get('per') as RegisterKind | undefined) ?? 'touchpoint', r.data, {
        lang: r.lang,
        date: io.now(),
        hideComplaints: r.options.has('hide-complaints'),
        hideOwners: r.options.has('hide-owners'),
      });
      io.stdout(toCsv(registerRows(register), { bom: !r.options.has('no-bom') }));
      return 0;
    }
    default:
      return usageError(io, `unknown command ${JSON.stringify(command)}`);
  }
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch([...argv], io);
  } catch (e) {
    io.stderr(`touchmap: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
