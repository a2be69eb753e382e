/** A touchpoint node as the canvas draws it: kind and owner, title on two lines, badge row. */
import { findKind } from '../../domain/catalogue/kinds';
import { LAYOUT } from '../../domain/layout';
import type { Point, Severity, Touchpoint } from '../../domain/schema';
import { LEVEL_LABELS, type RiskLevel } from '../../domain/risk';
import { SEVERITY_LABELS } from '../../domain/gaps';
import type { Trend } from '../../domain/complaints';
import { el, rect, text } from './builder';
import { label, type Lang } from './labels';
import { ellipsize, textWidth, wrapText } from './measure';
import { BADGE_FILL, INK, INK_2, LEVEL_COLOURS, MUTED, NODE_ACCENT, NODE_STROKE, UNASSESSED, type Swatch } from './palette';

export interface NodeFacts {
  complaints: { total: number; trend: Trend | null } | null;
  /** Inherent risk level and score; null when not assessed; undefined when not shown. */
  risk: { level: RiskLevel; score: number } | null;
  gaps: { open: number; worst: Severity | null };
  /** Overlay colour of the node; null for plain white. */
  overlay: Swatch | null;
}

const PAD = 10;
const BADGE_H = 18;
const BADGE_FONT = 10.5;
const TREND_ARROW: Record<Trend, string> = { up: '▲', down: '▼', flat: '▶' };

interface Badge {
  /** Forms from longest to shortest; the row uses the longest that fit together. */
  forms: string[];
  swatch: { fill: string; text: string; stroke: string; dash?: string };
}

function badges(f: NodeFacts, lang: Lang): Badge[] {
  const out: Badge[] = [];
  if (f.complaints && f.complaints.total > 0) {
    const arrow = f.complaints.trend ? ` ${TREND_ARROW[f.complaints.trend]}` : '';
    out.push({
      forms: [`${label('complaints', lang)} ${f.complaints.total}${arrow}`, `${f.complaints.total}${arrow}`],
      swatch: { fill: BADGE_FILL, text: INK, stroke: '#c4cbd7' },
    });
  }
  if (f.risk) {
    const c = LEVEL_COLOURS[f.risk.level];
    const level = LEVEL_LABELS[f.risk.level][lang];
    out.push({
      forms: [`${label('risk', lang)} ${level} ${f.risk.score}`, `${level} ${f.risk.score}`, level],
      swatch: { fill: c.fill, text: c.text, stroke: c.fill },
    });
  } else {
    out.push({
      forms: [`${label('risk', lang)} ${label('riskNone', lang)}`, label('riskNone', lang)],
      swatch: { fill: UNASSESSED.fill, text: INK, stroke: '#9aa3b2', dash: '3 2' },
    });
  }
  if (f.gaps.open > 0 && f.gaps.worst) {
    const c = LEVEL_COLOURS[f.gaps.worst];
    const sev = SEVERITY_LABELS[f.gaps.worst][lang];
    out.push({
      forms: [`${label('gaps', lang)} ${f.gaps.open} · ${sev}`, `⚠${f.gaps.open} ${sev}`, `⚠${f.gaps.open}`],
      swatch: { fill: c.fill, text: c.text, stroke: c.fill },
    });
  }
  return out;
}

function badgeRow(list: Badge[], x: number, y: number, width: number): string {
  const pad = 6;
  const gap = 4;
  const measure = (str: string) => textWidth(str, BADGE_FONT) + 2 * pad;
  const total = (ls: string[]) => ls.reduce((sum, str) => sum + measure(str), 0) + gap * (ls.length - 1);
  // Shorten one badge a step at a time, round-robin from the first, until the row fits.
  const form = list.map(() => 0);
  let labels = list.map((b) => b.forms[0]);
  for (let changed = true; total(labels) > width && changed; ) {
    changed = false;
    for (let i = 0; i < list.length && total(labels) > width; i++) {
      if (form[i] < list[i].forms.length - 1) {
        form[i]++;
        labels[i] = list[i].forms[form[i]];
        changed = true;
      }
    }
  }
  const share = (width - gap * (list.length - 1)) / Math.max(1, list.length);
  if (total(labels) > width) labels = labels.map((str) => ellipsize(str, share - 2 * pad, BADGE_FONT));
  let cx = x;
  let out = '';
  list.forEach((b, i) => {
    const w = Math.min(measure(labels[i]), width);
    out += rect(cx, y, w, BADGE_H, { rx: 4, fill: b.swatch.fill, stroke: b.swatch.stroke, 'stroke-dasharray': b.swatch.dash });
    out += text(cx + w / 2, y + 13, labels[i], { size: BADGE_FONT, fill: b.swatch.text, anchor: 'middle' });
    cx += w + gap;
  });
  return out;
}

export function renderTouchpoint(t: Touchpoint, at: Point, facts: NodeFacts, lang: Lang, hideOwner: boolean): string {
  const w = LAYOUT.nodeWidth;
  const h = LAYOUT.nodeHeight;
  const inner = w - 2 * PAD - 2;
  const overlay = facts.overlay;
  let out = rect(at.x, at.y, w, h, {
    rx: 8,
    fill: overlay ? overlay.tint : '#ffffff',
    stroke: overlay ? overlay.fill : NODE_STROKE,
    'stroke-width': overlay ? 1.5 : 1,
  });
  // The canvas's accent bar on the left edge; in an overlay it carries the full colour.
  out += rect(at.x, at.y + 4, 4, h - 8, { fill: overlay ? overlay.fill : NODE_ACCENT });

  const kind = findKind(t.kind);
  const kindText = kind ? kind.name[lang] : t.kind ?? label('noKind', lang);
  const owner = hideOwner ? '' : t.owner.trim();
  const ownerWidth = owner ? Math.min(textWidth(owner, 10.5), inner * 0.45) : 0;
  const x0 = at.x + PAD + 2;
  out += text(x0, at.y + 17, ellipsize(kindText, inner - ownerWidth - (owner ? 8 : 0), 10.5), { size: 10.5, fill: INK_2 });
  if (owner) out += text(at.x + w - PAD, at.y + 17, ellipsize(owner, ownerWidth, 10.5), { size: 10.5, fill: MUTED, anchor: 'end' });

  const title = t.title.trim();
  if (title) {
    wrapText(title, inner, 13, 2, true).forEach((line, i) => {
      out += text(x0, at.y + 35 + i * 16, line, { size: 13, fill: INK, weight: 'bold' });
    });
  } else {
    out += text(x0, at.y + 35, label('untitled', lang), { size: 13, fill: MUTED, italic: true });
  }
  out += badgeRow(badges(facts, lang), x0, at.y + h - BADGE_H - 7, inner);
  return el('g', { 'data-touchpoint': t.id }, out);
}
