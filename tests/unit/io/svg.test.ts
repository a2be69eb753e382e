// @vitest-environment jsdom
// jsdom only for its XML parser (DOMParser), to prove the SVG is well-formed; the renderer itself
// runs in plain Node (the command line) and is tested for that in tests/unit/cli.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout, touchpointPosition } from '../../../src/domain/layout';
import { sortLanes } from '../../../src/domain/order';
import type { JourneyData } from '../../../src/domain/schema';
import { ellipsize, escapeXml, renderMapSvg, textWidth, wrapText, type RenderOptions } from '../../../src/io/svg';
import { journeyDataArb } from '../../helpers/arbitraries';
import { sampleJourney } from './sampleJourney';

const day = new Date(2026, 10, 29);
const base: RenderOptions = { lang: 'zh', overlay: 'none', date: day };

/** Parses the SVG as XML (not HTML): any escaping mistake makes it fail. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`SVG is not well-formed XML: ${err.textContent}`);
  expect(doc.documentElement.nodeName).toBe('svg');
  return doc;
}

const texts = (doc: Document) => Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
const groups = (doc: Document, attr: string) => Array.from(doc.querySelectorAll(`g[${attr}]`));

describe('renderMapSvg', () => {
  it('draws a well-formed SVG on white with the CJK font stack and its size', () => {
    const r = renderMapSvg(sampleJourney(), base);
    const doc = parse(r.svg);
    const svg = doc.documentElement;
    expect(svg.getAttribute('width')).toBe(String(r.width));
    expect(svg.getAttribute('height')).toBe(String(r.height));
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${r.width} ${r.height}`);
    expect(svg.getAttribute('font-family')).toBe('"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif');
    const bg = svg.getElementsByTagName('rect')[0];
    expect([bg.getAttribute('width'), bg.getAttribute('height'), bg.getAttribute('fill')]).toEqual([String(r.width), String(r.height), '#ffffff']);
    expect(r.svg).not.toMatch(/foreignObject|<image|<style|<script/);
  });

  it('escapes user text: markup and ampersands come out as text', () => {
    const data = sampleJourney();
    data.meta.name = 'A & B <b>旅程</b>';
    data.notes[0].text = '</text><script>alert(1)</script> & \u0001 "q" \'s\'';
    data.stages[0].name = '<stage>&amp;';
    data.connections[0].label = '<a href="x">点</a>';
    data.touchpoints[0].owner = 'O\'Brien & <Co>';
    const r = renderMapSvg(data, base);
    expect(r.svg).not.toContain('<script');
    expect(r.svg).not.toContain('<b>');
    expect(r.svg).toContain('&lt;script&gt;alert(');
    expect(r.svg).toContain('A &amp; B &lt;b&gt;旅程&lt;/b&gt;');
    const doc = parse(r.svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const all = texts(doc);
    expect(all).toContain('A & B <b>旅程</b>');
    expect(all).toContain('<stage>&amp;');
    expect(all).toContain('<a href="x">点</a>');
    expect(all.some((t) => t.startsWith('APP 分期签约页'))).toBe(true);
    expect(all.some((t) => t.includes('<script>alert("x")'))).toBe(true);
    expect(doc.querySelector('title')?.textContent).toBe('A & B <b>旅程</b>');
  });

  it('draws every stage, channel, touchpoint, connection and note', () => {
    const data = sampleJourney();
    const doc = parse(renderMapSvg(data, base).svg);
    const all = texts(doc);
    for (const lane of [...data.stages, ...data.channels]) expect(all).toContain(lane.name);
    expect(groups(doc, 'data-touchpoint').map((g) => g.getAttribute('data-touchpoint')).sort()).toEqual(data.touchpoints.map((t) => t.id).sort());
    expect(groups(doc, 'data-connection')).toHaveLength(data.connections.length);
    expect(groups(doc, 'data-note')).toHaveLength(data.notes.length);
    for (const t of data.touchpoints) expect(all.join('\n')).toContain(t.title.slice(0, 6));
    expect(all).toContain('到店咨询');
    expect(all.some((t) => t.startsWith('待确认'))).toBe(true);
    // each connection ends in an arrowhead
    for (const g of groups(doc, 'data-connection')) expect(g.getElementsByTagName('polygon')).toHaveLength(1);
  });

  it('places touchpoints exactly where the canvas does', () => {
    const data = sampleJourney();
    data.touchpoints[1].offset = { x: 47, y: 33 };
    const layout = computeLayout(sortLanes(data.stages), sortLanes(data.channels), data.touchpoints);
    const doc = parse(renderMapSvg(data, base).svg);
    const shifts = new Set<string>();
    for (const t of data.touchpoints) {
      const g = doc.querySelector(`g[data-touchpoint="${t.id}"]`)!;
      const box = g.getElementsByTagName('rect')[0];
      const at = touchpointPosition(layout, t)!;
      expect(Number(box.getAttribute('width'))).toBe(200);
      expect(Number(box.getAttribute('height'))).toBe(88);
      shifts.add(`${Number(box.getAttribute('x')) - at.x},${Number(box.getAttribute('y')) - at.y}`);
    }
    // one translation for the whole map: relative positions are the canvas's
    expect(shifts.size).toBe(1);
  });

  it('shows badges with text: complaints with trend, risk level, open gaps', () => {
    const all = texts(parse(renderMapSvg(sampleJourney(), base).svg));
    expect(all).toContain('36 ▲'); // t3: spike in the latest month
    expect(all).toContain('48 ▼'); // t4: latest below the earlier mean
    expect(all.some((t) => /^(风险 )?极高( 20)?$/.test(t))).toBe(true);
    expect(all.some((t) => /^(缺口 \d+ · |⚠\d+ ?)/.test(t))).toBe(true);
    expect(all).toContain('风险 未评估');
    const en = texts(parse(renderMapSvg(sampleJourney(), { ...base, lang: 'en' }).svg));
    expect(en.some((t) => /Critical/.test(t))).toBe(true);
    expect(en).toContain('Risk n/a');
    expect(en.some((t) => t.startsWith('Marketing and'))).toBe(true);
  });

  it('colours by overlay and explains it in a legend', () => {
    const legendOf = (overlay: RenderOptions['overlay']) => {
      const doc = parse(renderMapSvg(sampleJourney(), { ...base, overlay }).svg);
      return texts(doc.querySelector('g[data-part="legend"]') as unknown as Document);
    };
    expect(legendOf('risk')).toEqual(expect.arrayContaining(['固有风险等级', '低 1–4', '中 5–9', '高 10–14', '极高 15–25', '未评估']));
    expect(legendOf('gaps')).toEqual(expect.arrayContaining(['最严重的未决缺口', '低', '中', '高', '严重', '无未决缺口']));
    expect(legendOf('complaints')).toEqual(expect.arrayContaining(['投诉量（全部期间）', '0', '57–75']));
    expect(legendOf('none')).not.toContain('固有风险等级');
    expect(legendOf('none')).toEqual(expect.arrayContaining(['流转', '转交', '升级']));
    const risk = parse(renderMapSvg(sampleJourney(), { ...base, overlay: 'risk' }).svg);
    const t7 = risk.querySelector('g[data-touchpoint="t7"] rect')!;
    expect(t7.getAttribute('stroke')).toBe('#8e1030'); // critical
    const plain = parse(renderMapSvg(sampleJourney(), base).svg);
    expect(plain.querySelector('g[data-touchpoint="t7"] rect')!.getAttribute('fill')).toBe('#ffffff');
  });

  it('leaves out complaint figures and owners when sharing', () => {
    const shared = renderMapSvg(sampleJourney(), { ...base, overlay: 'complaints', hideComplaints: true, hideOwners: true });
    const all = texts(parse(shared.svg));
    expect(all.some((t) => /^(投诉 )?\d+ [▲▼▶]$/.test(t))).toBe(false);
    expect(all).not.toContain('投诉量（全部期间）');
    expect(shared.svg).not.toContain('营销部 张三');
    expect(shared.svg).not.toContain('客服中心<');
    const footer = all[all.length - 2];
    expect(footer).toContain('已隐藏投诉数据');
    expect(footer).toContain('已隐藏负责人');
    const full = renderMapSvg(sampleJourney(), base).svg;
    expect(full).toContain('营销部 张三');
  });

  it('has a title and a footer with name, export date and catalogue version', () => {
    const all = texts(parse(renderMapSvg(sampleJourney(), base).svg));
    expect(all[0]).toBe('信用卡分期办理旅程');
    expect(all).toContain('信用卡分期办理旅程 · 导出于 2026-11-29 · 控制目录版本 2026.11-1');
    const untitled = texts(parse(renderMapSvg(sampleJourney(), { ...base, title: false }).svg));
    expect(untitled[0]).not.toBe('信用卡分期办理旅程');
  });

  it('groups the grid labels, legend and footer, and reports where they are (what tiled PDF pages redraw)', () => {
    const r = renderMapSvg(sampleJourney(), base);
    const doc = parse(r.svg);
    const part = (name: string) => doc.querySelector(`g[data-part="${name}"]`)!;
    expect(texts(part('stage-headers') as unknown as Document)).toEqual(['认知', '咨询', '购买', '使用', '售后']);
    expect(texts(part('lane-labels') as unknown as Document)).toEqual(['网点', '手机银行', '客服热线']);
    expect(texts(part('corner') as unknown as Document)).toEqual(['渠道 / 阶段']);
    // The frame puts each header and label where the picture draws its cell.
    const cells = Array.from(part('stage-headers').getElementsByTagName('rect'));
    expect(cells.map((c) => [Number(c.getAttribute('x')), Number(c.getAttribute('width'))])).toEqual(r.frame.stages.map((s) => [s.x, s.width]));
    const lanes = Array.from(part('lane-labels').getElementsByTagName('rect'));
    expect(lanes.map((c) => [Number(c.getAttribute('y')), Number(c.getAttribute('height'))])).toEqual(r.frame.lanes.map((l) => [l.y, l.height]));
    expect(Number(cells[0].getAttribute('y'))).toBe(r.frame.header.y);
    expect(Number(lanes[0].getAttribute('x'))).toBe(r.frame.labels.x);
    // The map ends above the legend; the footer's facts are the frame's.
    const legendTop = Math.min(...Array.from(part('legend').querySelectorAll('rect, path')).map((e) => Number(e.getAttribute('y') ?? e.getAttribute('d')!.match(/M[-\d.]+ ([-\d.]+)/)![1])));
    expect(r.frame.mapBottom).toBeLessThan(legendTop);
    expect(texts(part('footer') as unknown as Document)[0]).toBe(r.frame.footer);
  });

  it('is deterministic', () => {
    expect(renderMapSvg(sampleJourney(), base).svg).toBe(renderMapSvg(sampleJourney(), base).svg);
  });

  it('renders any valid journey as well-formed SVG with every placed touchpoint (property)', () => {
    fc.assert(
      fc.property(journeyDataArb({ maxTouchpoints: 6 }), fc.constantFrom('none', 'risk', 'complaints', 'gaps' as const), fc.constantFrom('zh', 'en' as const), (data: JourneyData, overlay, lang) => {
        const r = renderMapSvg(data, { lang, overlay, date: day });
        expect(Number.isFinite(r.width) && Number.isFinite(r.height)).toBe(true);
        const doc = parse(r.svg);
        expect(groups(doc, 'data-touchpoint')).toHaveLength(data.touchpoints.length);
        expect(r.svg).not.toContain('NaN');
      }),
      { numRuns: 60 },
    );
  });

  it('renders an empty journey', () => {
    const data = sampleJourney();
    Object.assign(data, { stages: [], channels: [], touchpoints: [], connections: [], notes: [] });
    const r = renderMapSvg(data, base);
    parse(r.svg);
    expect(r.width).toBeGreaterThan(0);
  });
});

describe('escapeXml', () => {
  it('escapes markup and removes characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\td\ne\u000bf\uffff')).toBe('abc\td\nef');
    expect(escapeXml('x\ud800y\udc00z😀')).toBe('xyz😀');
  });
});

describe('text measure', () => {
  it('counts CJK as 1 em and Latin as about 0.55 em', () => {
    expect(textWidth('信用卡', 10)).toBe(30);
    expect(textWidth('abc', 10)).toBeCloseTo(16.5);
  });
  it('wraps Chinese anywhere and Latin between words, with an ellipsis on the last line', () => {
    expect(wrapText('信用卡分期办理', 40, 10, 3)).toEqual(['信用卡分', '期办理']);
    expect(wrapText('instalment fee disclosure', 60, 10, 3)).toEqual(['instalment', 'fee', 'disclosure']);
    const two = wrapText('信用卡分期办理旅程营销', 40, 10, 2);
    expect(two).toHaveLength(2);
    expect(two[1].endsWith('…')).toBe(true);
    expect(textWidth(two[1], 10)).toBeLessThanOrEqual(40);
    expect(wrapText('line one\nline two\nline three', 200, 10, 2)).toEqual(['line one', 'line two…']);
    expect(wrapText('', 100, 10, 2)).toEqual(['']);
    expect(wrapText('a'.repeat(30), 50, 10, 5).every((l) => textWidth(l, 10) <= 50)).toBe(true);
  });
  it('ellipsizes to fit', () => {
    expect(ellipsize('short', 100, 10)).toBe('short');
    const cut = ellipsize('信用卡分期办理旅程', 50, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(50);
  });
});
