/** `touchmap check`: the gap analysis of a journey file, as a table or JSON, with an exit code. */
import { CATALOGUE_VERSION, findControl } from '../domain/catalogue';
import { analyse, atLeast, GAP_RULE_LABELS, SEVERITIES, SEVERITY_LABELS, type Gap } from '../domain/gaps';
import type { JourneyData, Severity } from '../domain/schema';
import { isoDate } from '../io/fileName';
import { msg, type Lang } from './messages';
import { cell, formatTable, truncate } from './table';

export interface CheckOptions {
  format: 'text' | 'json';
  failOn: Severity;
  lang: Lang;
  appVersion: string;
  now: Date;
}

export interface CheckReport {
  output: string;
  exitCode: 0 | 1;
}

interface Row {
  gap: Gap;
  touchpoint: string;
  stage: string;
  channel: string;
  control: string | null;
}

function rowsOf(data: JourneyData, gaps: readonly Gap[], lang: Lang): Row[] {
  const tps = new Map(data.touchpoints.map((t) => [t.id, t]));
  const stages = new Map(data.stages.map((s) => [s.id, s.name]));
  const channels = new Map(data.channels.map((c) => [c.id, c.name]));
  return gaps.map((gap) => {
    const t = tps.get(gap.touchpointId);
    return {
      gap,
      touchpoint: t?.title.trim() || msg('untitled', lang),
      stage: (t && stages.get(t.stageId)) ?? '',
      channel: (t && channels.get(t.channelId)) ?? '',
      control: gap.controlId ? (findControl(gap.controlId, data.customControls)?.name[lang] ?? gap.controlId) : null,
    };
  });
}

export function runCheck(data: JourneyData, opts: CheckOptions): CheckReport {
  const { lang } = opts;
  const analysis = analyse(data);
  const rows = rowsOf(data, analysis.gaps, lang);
  const failing = analysis.gaps.filter((g) => g.open && atLeast(g.severity, opts.failOn));
  const exitCode = failing.length ? 1 : 0;
  const { summary } = analysis;

  if (opts.format === 'json') {
    const report = {
      tool: 'touchmap',
      appVersion: opts.appVersion,
      catalogueVersion: CATALOGUE_VERSION,
      date: opts.now.toISOString(),
      lang,
      journey: { id: data.meta.id, name: data.meta.name, sector: data.meta.sector },
      failOn: opts.failOn,
      failed: exitCode === 1,
      summary: {
        open: summary.open,
        openTotal: SEVERITIES.reduce((n, s) => n + summary.open[s], 0),
        accepted: summary.accepted,
        coverage: summary.coverage,
        requiredControls: summary.requiredControls,
      },
      gaps: rows.map((r) => ({
        id: r.gap.id,
        severity: r.gap.severity,
        open: r.gap.open,
        rule: r.gap.rule,
        ruleLabel: GAP_RULE_LABELS[r.gap.rule][lang],
        touchpointId: r.gap.touchpointId,
        touchpoint: r.touchpoint,
        stage: r.stage,
        channel: r.channel,
        controlId: r.gap.controlId,
        control: r.control,
        message: r.gap.message[lang],
        messages: r.gap.message,
        decision: r.gap.decision,
      })),
    };
    return { output: `${JSON.stringify(report, null, 2)}\n`, exitCode };
  }

  const sev = (s: Severity) => SEVERITY_LABELS[s][lang];
  const openTotal = SEVERITIES.reduce((n, s) => n + summary.open[s], 0);
  const bySeverity = [...SEVERITIES].reverse().map((s) => `${sev(s)} ${summary.open[s]}`).join(' · ');
  const name = data.meta.name.trim() || msg('untitled', lang);
  const lines = [
    lang === 'zh'
      ? `${name} — 未决缺口 ${openTotal}（${bySeverity}），已接受 ${summary.accepted} · 控制覆盖率 ${Math.round(summary.coverage * 100)}%`
      : `${name} — ${openTotal} open gaps (${bySeverity}), ${summary.accepted} accepted · control coverage ${Math.round(summary.coverage * 100)}%`,
    '',
  ];
  if (rows.length === 0) lines.push(msg('noGaps', lang));
  else {
    lines.push(
      formatTable(
        [msg('severity', lang), msg('touchpoint', lang), msg('where', lang), msg('rule', lang), msg('control', lang), msg('status', lang), msg('message', lang)],
        rows.map((r) => [
          sev(r.gap.severity),
          truncate(cell(r.touchpoint), 28),
          truncate(cell([r.stage, r.channel].filter(Boolean).join(' / ')), 24),
          GAP_RULE_LABELS[r.gap.rule][lang],
          truncate(cell(r.control ?? '—'), 30),
          r.gap.open ? msg('open', lang) : msg('accepted', lang),
          cell(r.gap.message[lang]),
        ]),
      ),
    );
  }
  lines.push(
    '',
    `${msg('catalogue', lang)} ${CATALOGUE_VERSION} · Touchmap ${opts.appVersion} · ${isoDate(opts.now)} · ${msg('failOn', lang)} ${sev(opts.failOn)}: ${failing.length} ${msg('atOrAbove', lang)}`,
  );
  return { output: `${lines.join('\n')}\n`, exitCode };
}
