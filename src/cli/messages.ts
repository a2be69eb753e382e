/** The command's own words in both languages. File problems come from src/io, also in both. */
export type Lang = 'zh' | 'en';

const M = {
  invalid: { zh: '不是有效的 Touchmap 旅程文件', en: 'is not a valid Touchmap journey file' },
  cannotRead: { zh: '无法读取', en: 'cannot read' },
  noSuchFile: { zh: '文件不存在', en: 'no such file' },
  isDirectory: { zh: '这是一个目录', en: 'it is a directory' },
  permissionDenied: { zh: '没有权限', en: 'permission denied' },
  warning: { zh: '提示', en: 'warning' },
  noGaps: { zh: '没有缺口。', en: 'No gaps.' },
  accepted: { zh: '已接受', en: 'accepted' },
  severity: { zh: '严重度', en: 'Severity' },
  touchpoint: { zh: '触点', en: 'Touchpoint' },
  where: { zh: '阶段 / 渠道', en: 'Stage / Channel' },
  rule: { zh: '规则', en: 'Rule' },
  control: { zh: '控制', en: 'Control' },
  status: { zh: '状态', en: 'Status' },
  message: { zh: '说明', en: 'Message' },
  open: { zh: '未决', en: 'open' },
  catalogue: { zh: '控制目录版本', en: 'catalogue' },
  failOn: { zh: '失败阈值', en: 'fail-on' },
  atOrAbove: { zh: '个未决缺口达到或超过阈值', en: 'open gaps at or above it' },
  untitled: { zh: '（未命名）', en: '(untitled)' },
} as const;

export function msg(key: keyof typeof M, lang: Lang): string {
  return M[key][lang];
}

/** `: ` after a word, `：` in Chinese. */
export const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');

/** A file refused before it is read, for its size. */
export function tooBigMessage(megabytes: string, limitMegabytes: number, lang: Lang): string {
  return lang === 'zh'
    ? `文件大小为 ${megabytes} MB，超过 Touchmap 可读取的上限 ${limitMegabytes} MB`
    : `the file is ${megabytes} MB, larger than the ${limitMegabytes} MB Touchmap reads`;
}

/** `--lang` default: the locale of the environment (LC_ALL, LC_MESSAGES, LANG), zh* → zh, else en. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

export const USAGE = `Usage:
  touchmap check <journey.json> [--format text|json] [--fail-on critical|high|medium|low] [--lang zh|en]
      Runs the gap analysis on an exported journey. Exit 0: no open gap at or above --fail-on
      (default high); 1: there is one; 2: the file cannot be read or is invalid.
  touchmap export <journey.json> [--format svg] [--overlay none|risk|complaints|gaps] [--lang zh|en]
                  [--hide-complaints] [--hide-owners] [--no-title]
      Writes the map as SVG to standard output.
  touchmap register <journey.json> [--per touchpoint|gap] [--lang zh|en] [--hide-complaints] [--hide-owners] [--no-bom]
      Writes the register (one row per touchpoint, default, or per gap) as CSV to standard output:
      UTF-8 with a BOM (for Excel), formula-like text neutralised, catalogue version and date in every row.
  touchmap --help | --version

--lang defaults from the environment (LC_ALL, LC_MESSAGES, LANG: zh… gives Chinese), else English.
`;
