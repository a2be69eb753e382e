/**
 * Problems found in a file, as the user reads them: a path like `touchpoints[3].risk.likelihood`
 * and a message like `expected 1–5, got 9`. Zod issues are rendered here so every importer
 * (JSON, backups, the command line) words its errors the same way.
 */
import type { z } from 'zod';

export interface FileIssue {
  /** Where in the file: `touchpoints[3].risk.likelihood`; empty for the file as a whole. */
  path: string;
  message: string;
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

/** A short rendering of a received value for a message; long values are described, not shown. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length ? `a list of ${v.length}` : 'an empty list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') {
    if (v === '') return 'an empty text';
    const shown = JSON.stringify(v);
    return shown.length <= 42 ? shown : `a text of ${v.length} characters`;
  }
  return typeof v;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** The wording of an issue when its schema did not supply its own message. */
function defaultMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'required field is missing';
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `expected at least ${min} characters`;
      if (issue.origin === 'array') return `expected at least ${min} item${min === 1 ? '' : 's'}`;
      return `expected ${issue.inclusive ? '≥' : '>'} ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `expected at most ${max} characters`;
      if (issue.origin === 'array') return `expected at most ${max} items`;
      return `expected ${issue.inclusive ? '≤' : '<'} ${max}`;
    }
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(', ').replace(/, ([^,]*)$/, ' or $1')}`;
    case 'invalid_format':
      return `expected ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    default:
      return 'invalid value';
  }
}

/** Per-parse error map: supplies wording only where the schema gave none. */
export const zodErrorMap = (issue: z.core.$ZodRawIssue): string => defaultMessage(issue);

/** Renders zod issues (parsed with `reportInput: true`) as file issues under `prefix`. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): FileIssue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path, prefix);
    const hasInput = 'input' in issue && issue.input !== undefined;
    let message = issue.message;
    if (!hasInput && issue.code === 'invalid_value') message = 'required field is missing';
    else if (hasInput && issue.code !== 'unrecognized_keys' && !/\bgot\b/.test(message)) {
      const input = (issue as { input?: unknown }).input;
      // "got an object" helps after a type error, not after a whole-object rule (risk bands).
      const composite = typeof input === 'object' && input !== null;
      if (issue.code === 'invalid_type' || !composite) message += `, got ${describeValue(input)}`;
    }
    return { path, message };
  });
}

/** Caps a list of issues, replacing the tail with one summary line. */
export function capIssues(issues: FileIssue[], max = MAX_ISSUES): FileIssue[] {
  if (issues.length <= max) return issues;
  const rest = issues.length - max;
  return [...issues.slice(0, max), { path: '', message: `…and ${rest} more problem${rest === 1 ? '' : 's'}` }];
}
