/** Reads and validates the journey file named on the command line; every failure is a message. */
import type { JourneyData } from '../domain/schema';
import { MAX_JOURNEY_FILE_BYTES, issueLine, parseJourneyFile, type FileIssue } from '../io/format';
import type { CliIo } from './io';
import { colon, msg, tooBigMessage, type Lang } from './messages';

export type Loaded = { ok: true; data: JourneyData; warnings: FileIssue[] } | { ok: false; message: string };

function readError(path: string, e: unknown, lang: Lang): string {
  const code = (e as { code?: string } | null)?.code;
  const why =
    code === 'ENOENT' ? msg('noSuchFile', lang)
    : code === 'EISDIR' ? msg('isDirectory', lang)
    : code === 'EACCES' || code === 'EPERM' ? msg('permissionDenied', lang)
    : e instanceof Error ? e.message
    : String(e);
  return `${msg('cannotRead', lang)} ${path}${colon(lang)}${why}`;
}

export async function loadJourney(path: string, io: CliIo, lang: Lang): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    const size = await io.fileSize(path);
    if (size > MAX_JOURNEY_FILE_BYTES) {
      return { ok: false, message: `${path}${colon(lang)}${tooBigMessage((size / 1024 / 1024).toFixed(1), MAX_JOURNEY_FILE_BYTES / 1024 / 1024, lang)}` };
    }
    bytes = await io.readFile(path);
  } catch (e) {
    return { ok: false, message: readError(path, e, lang) };
  }
  const parsed = parseJourneyFile(bytes);
  if (!parsed.ok) {
    // Paths stay as the format names them; the messages follow --lang.
    const lines = parsed.errors.map((e) => `  ${issueLine(e, lang)}`);
    return { ok: false, message: `${path} ${msg('invalid', lang)}${colon(lang).trimEnd()}\n${lines.join('\n')}` };
  }
  return { ok: true, data: parsed.data, warnings: parsed.warnings };
}
