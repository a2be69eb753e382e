/** Reads and validates the journey file named on the command line; every failure is a message. */
import type { JourneyData } from '../domain/schema';
import { MAX_JOURNEY_FILE_BYTES, parseJourneyFile, type FileIssue } from '../io/format';
import type { CliIo } from './io';
import { msg, type Lang } from './messages';

export type Loaded = { ok: true; data: JourneyData; warnings: FileIssue[] } | { ok: false; message: string };

function readError(path: string, e: unknown, lang: Lang): string {
  const code = (e as { code?: string } | null)?.code;
  const why =
    code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'it is a directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : e instanceof Error ? e.message
    : String(e);
  return `${msg('cannotRead', lang)} ${path}: ${why}`;
}

export const issueLine = (i: FileIssue) => (i.path ? `${i.path}: ${i.message}` : i.message);

export async function loadJourney(path: string, io: CliIo, lang: Lang): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    const size = await io.fileSize(path);
    if (size > MAX_JOURNEY_FILE_BYTES) {
      return { ok: false, message: `${path}: the file is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the 20 MB Touchmap reads` };
    }
    bytes = await io.readFile(path);
  } catch (e) {
    return { ok: false, message: readError(path, e, lang) };
  }
  const parsed = parseJourneyFile(bytes);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  ${issueLine(e)}`);
    return { ok: false, message: `${path} ${msg('invalid', lang)}:\n${lines.join('\n')}` };
  }
  return { ok: true, data: parsed.data, warnings: parsed.warnings };
}
