/** A level (risk or gap severity) as colour plus text, never colour alone. */
const MARK: Record<string, string> = { low: '▁', medium: '▃', high: '▅', critical: '▇' };

export function LevelChip({ level, label, small }: { level: 'low' | 'medium' | 'high' | 'critical'; label: string; small?: boolean }) {
  return (
    <span className={`level-chip lvl-${level}${small ? ' is-small' : ''}`}>
      <span aria-hidden className="level-mark">{MARK[level]}</span>
      {label}
    </span>
  );
}
