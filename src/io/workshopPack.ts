/**
 * The workshop pack: one self-contained HTML file to hand out or print — styles and the SVG map
 * inline (no scripts, no external files), the legend, the gaps grouped by severity and both
 * registers. Print CSS gives A4 landscape pages with repeated table headers and no row split
 * across pages, so "Print → Save as PDF" gives a clean handout.
 */
import { CATALOGUE_VERSION } from '../domain/catalogue';
import { analyse, GAP_RULE_LABELS, SEVERITIES, SEVERITY_LABELS, type GapAnalysis } from '../domain/gaps';
import { findControl } from '../domain/catalogue';
import type { JourneyData, Severity } from '../domain/schema';
import type { CellValue } from './csv';
import { isoDate } from './fileName';
import { gapRegister, touchpointRegister, type Lang, type Register } from './registers';
import { escapeXml, renderMapSvg, type Overlay } from './svg';
import { FONT_FAMILY, LEVEL_COLOURS } from './svg/palette';

export interface WorkshopPackOptions {
  lang: Lang;
  overlay: Overlay;
  date?: Date;
  hideComplaints?: boolean;
  hideOwners?: boolean;
  analysis?: GapAnalysis;
}

const W = {
  pack: { zh: '工作坊资料包', en: 'Workshop pack' },
  sector: { zh: '行业', en: 'Sector' },
  bank: { zh: '银行', en: 'Bank' },
  insurance: { zh: '保险', en: 'Insurance' },
  both: { zh: '银行与保险', en: 'Bank and insurance' },
  exported: { zh: '导出日期', en: 'Exported' },
  catalogue: { zh: '控制目录版本', en: 'Catalogue version' },
  map: { zh: '旅程地图', en: 'Journey map' },
  summary: { zh: '概览', en: 'Summary' },
  touchpoints: { zh: '触点', en: 'Touchpoints' },
  openGaps: { zh: '未决缺口', en: 'Open gaps' },
  accepted: { zh: '已接受', en: 'Accepted' },
  coverage: { zh: '控制覆盖率', en: 'Control coverage' },
  gaps: { zh: '缺口（按严重度）', en: 'Gaps by severity' },
  noGaps: { zh: '没有缺口。', en: 'No gaps.' },
  legend: { zh: '图例', en: 'Legend' },
  legendText: {
    zh: '地图上每个触点显示投诉量（▲ 上升 ▼ 下降 ▶ 持平）、固有风险等级与分值，以及未决缺口数量与最严重等级。严重度由低到高：',
    en: 'Each touchpoint on the map shows its complaints (▲ up ▼ down ▶ flat), inherent risk level and score, and its open gaps with the worst severity. Severity from low to high:',
  },
  registers: { zh: '登记表', en: 'Registers' },
  complaintsHidden: { zh: '本资料包不含投诉数据。', en: 'Complaint figures are left out of this pack.' },
  ownersHidden: { zh: '本资料包不含负责人姓名。', en: 'Owner names are left out of this pack.' },
  decision: { zh: '决定', en: 'Decision' },
  acceptedBy: { zh: '已接受', en: 'accepted' },
  assigned: { zh: '已指派', en: 'assigned' },
  due: { zh: '到期', en: 'due' },
  untitled: { zh: '（未命名）', en: '(untitled)' },
} satisfies Record<string, { zh: string; en: string }>;

const esc = escapeXml;

function table(reg: Register): string {
  const head = reg.columns.map((c) => `<th>${esc(c.header)}</th>`).join('');
  const cell = (v: CellValue, i: number) => {
    const num = reg.columns[i].type === 'number';
    return `<td${num ? ' class="num"' : ''}>${v === null ? '' : esc(String(v))}</td>`;
  };
  const body = reg.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
  return `<table class="register"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const STYLE = `
  @page { size: A4 landscape; margin: 12mm; }
  * { box-sizing: border-box; }
  body { font-family: ${FONT_FAMILY}; color: #1d2433; margin: 24px; font-size: 13px; line-height: 1.45; }
  h1 { font-size: 24px; margin: 0 0 4px; }
  h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 2px solid #d9dee7; padding-bottom: 4px; }
  h3 { font-size: 15px; margin: 18px 0 6px; display: flex; align-items: center; gap: 8px; }
  .meta { color: #5d6778; margin: 0 0 4px; }
  .note { background: #fff6dc; border: 1px solid #e2cf6b; padding: 6px 10px; border-radius: 4px; margin: 8px 0; }
  .legend { margin: 0 0 8px; font-size: 12px; }
  .map svg { width: 100%; height: auto; display: block; border: 1px solid #d9dee7; }
  .summary { display: flex; flex-wrap: wrap; gap: 12px; padding: 0; list-style: none; }
  .summary li { border: 1px solid #d9dee7; border-radius: 6px; padding: 8px 12px; min-width: 120px; }
  .summary b { display: block; font-size: 20px; }
  .chip { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: bold; }
  .gap-list { margin: 0; padding-left: 20px; }
  .gap-list li { margin: 4px 0; break-inside: avoid; }
  .gap-where { color: #5d6778; }
  table.register { border-collapse: collapse; width: 100%; font-size: 10.5px; margin-bottom: 12px; }
  table.register th, table.register td { border: 1px solid #c4cbd7; padding: 3px 5px; vertical-align: top; text-align: left; }
  table.register th { background: #e8edf4; }
  table.register td.num { text-align: right; font-variant-numeric: tabular-nums; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .page { break-before: page; }
  footer { margin-top: 24px; color: #5d6778; font-size: 11px; }
  @media print {
    body { margin: 0; }
    h2 { break-after: avoid; margin-top: 12px; }
    /* Title and map share the first page. */
    .map svg { max-height: 125mm; }
  }
`;

const chip = (s: Severity, lang: Lang) => {
  const c = LEVEL_COLOURS[s];
  return `<span class="chip" style="background:${c.fill};color:${c.text}">${esc(SEVERITY_LABELS[s][lang])}</span>`;
};

/** The pack as one HTML document (UTF-8). */
export function buildWorkshopPack(data: JourneyData, opts: WorkshopPackOptions): string {
  const { lang, hideComplaints = false, hideOwners = false } = opts;
  const date = opts.date ?? new Date();
  const analysis = opts.analysis ?? analyse(data);
  const name = data.meta.name.trim() || W.untitled[lang];
  const common = { lang, date, hideComplaints, hideOwners, analysis };
  const map = renderMapSvg(data, { ...common, overlay: opts.overlay, title: false });
  const tps = new Map(data.touchpoints.map((t) => [t.id, t]));
  const stages = new Map(data.stages.map((s) => [s.id, s.name]));
  const channels = new Map(data.channels.map((c) => [c.id, c.name]));
  const { summary } = analysis;
  const openTotal = SEVERITIES.reduce((n, s) => n + summary.open[s], 0);

  const groups = [...SEVERITIES].reverse().map((sev) => {
    const gaps = analysis.gaps.filter((g) => g.severity === sev);
    if (!gaps.length) return '';
    const items = gaps.map((g) => {
      const t = tps.get(g.touchpointId);
      const where = t ? [stages.get(t.stageId), channels.get(t.channelId)].filter(Boolean).join(' / ') : '';
      const control = g.controlId ? (findControl(g.controlId, data.customControls)?.name[lang] ?? g.controlId) : '';
      const complaintRule = g.rule === 'complaint-hotspot' || g.rule === 'complaint-spike';
      const message = hideComplaints && complaintRule ? '' : g.message[lang];
      const d = g.decision;
      let decision = '';
      if (d) {
        const parts = [d.accepted ? W.acceptedBy[lang] : W.assigned[lang], d.reason, hideOwners ? '' : d.owner, d.dueDate ? `${W.due[lang]} ${d.dueDate}` : '', d.ticket];
        decision = ` <em>${esc(W.decision[lang])}: ${esc(parts.filter(Boolean).join(' · '))}</em>`;
      }
      return (
        `<li${g.open ? '' : ' class="accepted"'}><b>${esc(t?.title.trim() || W.untitled[lang])}</b>` +
        (where ? ` <span class="gap-where">(${esc(where)})</span>` : '') +
        ` — ${esc(GAP_RULE_LABELS[g.rule][lang])}${control ? `: ${esc(control)}` : ''}` +
        (message ? `<br>${esc(message)}` : '') +
        decision +
        '</li>'
      );
    });
    return `<h3>${chip(sev, lang)} ${gaps.length}</h3>\n<ol class="gap-list">\n${items.join('\n')}\n</ol>`;
  });

  const notes = [hideComplaints ? W.complaintsHidden[lang] : '', hideOwners ? W.ownersHidden[lang] : ''].filter(Boolean);
  const exported = isoDate(date);
  const html = `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Touchmap">
<title>${esc(name)} — ${esc(W.pack[lang])}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(name)}</h1>
<p class="meta">${esc(W.pack[lang])} · ${esc(W.sector[lang])}: ${esc(W[data.meta.sector][lang])} · ${esc(W.exported[lang])}: ${exported} · ${esc(W.catalogue[lang])}: ${CATALOGUE_VERSION}</p>
${data.meta.description.trim() ? `<p>${esc(data.meta.description)}</p>` : ''}
${notes.map((n) => `<p class="note">${esc(n)}</p>`).join('\n')}
</header>
<section class="map" aria-label="${esc(W.map[lang])}">
<h2>${esc(W.map[lang])}</h2>
<p class="legend"><b>${esc(W.legend[lang])}</b> ${esc(W.legendText[lang])} ${SEVERITIES.map((s) => chip(s, lang)).join(' ')}</p>
${map.svg}
</section>
<section class="page">
<h2>${esc(W.summary[lang])}</h2>
<ul class="summary">
<li>${esc(W.touchpoints[lang])}<b>${data.touchpoints.length}</b></li>
<li>${esc(W.openGaps[lang])}<b>${openTotal}</b></li>
${[...SEVERITIES].reverse().map((s) => `<li>${chip(s, lang)}<b>${summary.open[s]}</b></li>`).join('\n')}
<li>${esc(W.accepted[lang])}<b>${summary.accepted}</b></li>
<li>${esc(W.coverage[lang])}<b>${Math.round(summary.coverage * 100)}%</b></li>
</ul>
<h2>${esc(W.gaps[lang])}</h2>
${analysis.gaps.length ? groups.join('\n') : `<p>${esc(W.noGaps[lang])}</p>`}
</section>
<section class="page">
<h2>${esc(W.registers[lang])}</h2>
${[touchpointRegister(data, common), gapRegister(data, common)].map((r) => `<h3>${esc(r.title)}</h3>\n${table(r)}`).join('\n')}
</section>
<footer>${esc(name)} · ${esc(W.exported[lang])} ${exported} · ${esc(W.catalogue[lang])} ${CATALOGUE_VERSION} · Touchmap</footer>
</body>
</html>
`;
  return html;
}
