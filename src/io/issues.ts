/**
 * Problems found in a file, as the user reads them: a path like `touchpoints[3].risk.likelihood`
 * and a message like `expected 1–5, got 9` / `应为 1–5 的整数，实际为 9`. Every message is in
 * both languages (`src/io/issueMessages.ts`); the UI shows its language, the command line
 * `--lang`'s. Zod issues are rendered here so every importer (JSON, backups, the command line)
 * words its errors the same way.
 */
import type { z } from 'zod';
import { SCHEMA_MESSAGES, type Bilingual } from '../domain/schema';
import { FILE_MESSAGES as M, withGot } from './issueMessages';

export { describeValue, FILE_MESSAGES } from './issueMessages';

export interface FileIssue {
  /** Where in the file: `touchpoints[3].risk.likelihood`; empty for the file as a whole. Never translated. */
  path: string;
  message: Bilingual;
  /** True on the line that stands for the problems left out of a long list (`capIssues`): it has no place in the file. */
  more?: true;
}

export type IssueLang = keyof Bilingual;

/** One issue as one line of text: `path: message` (`path：message` in Chinese), or the message alone. */
export function issueLine(issue: FileIssue, lang: IssueLang): string {
  const message = issue.message[lang];
  if (!issue.path) return message;
  return `${issue.path}${lang === 'zh' ? '：' : ': '}${message}`;
}

export type PathSegment = string | number;

/** More than this many problems are summarised: a broken file should not print thousands. */
export const MAX_ISSUES = 50;

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function formatPath(segments: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && PLAIN_KEY.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** The wording of an issue when its schema did not supply its own message. */
function defaultMessage(issue: z.core.$ZodRawIssue | z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return M.required();
      return M.expectedType(issue.expected);
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? M.notEmpty() : M.minChars(min);
      if (issue.origin === 'array') return M.minItems(min);
      return M.minValue(min, issue.inclusive ?? false);
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return M.maxChars(max);
      if (issue.origin === 'array') return M.maxItems(max);
      return M.maxValue(max, issue.inclusive ?? false);
    }
    case 'invalid_value':
      return M.oneOf(issue.values);
    case 'invalid_format':
      return M.format(issue.format);
    case 'unrecognized_keys':
      return M.unknownFields(issue.keys);
    default:
      return M.invalidValue();
  }
}

/** The schemas' own messages (`SCHEMA_MESSAGES`), found by the English zod carries. */
const SCHEMA_BY_EN: ReadonlyMap<string, Bilingual> = new Map(Object.values(SCHEMA_MESSAGES).map((m) => [m.en, m]));

/** Per-parse error map: supplies (English) wording only where the schema gave none. */
export const zodErrorMap = (issue: z.core.$ZodRawIssue): string => defaultMessage(issue).en;

/** An issue's message in both languages: the schema's own, else the wording of its code. */
function messageOf(issue: z.core.$ZodIssue): Bilingual {
  const own = SCHEMA_BY_EN.get(issue.message);
  if (own) return own;
  const fallback = defaultMessage(issue);
  // A schema message missing from SCHEMA_MESSAGES (a unit test forbids that) keeps its English.
  return issue.message === fallback.en ? fallback : { zh: fallback.zh, en: issue.message };
}

/** Renders zod issues (parsed with `reportInput: true`) as file issues under `prefix`. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): FileIssue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path, prefix);
    const hasInput = 'input' in issue && issue.input !== undefined;
    if (!hasInput && issue.code === 'invalid_value') return { path, message: M.required() };
    let message = messageOf(issue);
    if (hasInput && issue.code !== 'unrecognized_keys') {
      const input = (issue as { input?: unknown }).input;
      // "got an object" helps after a type error, not after a whole-object rule (risk bands).
      const composite = typeof input === 'object' && input !== null;
      if (issue.code === 'invalid_type' || !composite) message = withGot(message, input);
    }
    return { path, message };
  });
}

/** Caps a list of issues, replacing the tail with one summary line. */
export function capIssues(issues: FileIssue[], max = MAX_ISSUES): FileIssue[] {
  if (issues.length <= max) return issues;
  return [...issues.slice(0, max), { path: '', message: M.moreProblems(issues.length - max), more: true }];
}
