import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../../src/domain/catalogue';
import { analyse, SEVERITY_LABELS } from '../../../src/domain/gaps';
import { buildWorkshopPack } from '../../../src/io/workshopPack';
import { sampleJourney } from './sampleJourney';

const DATE = new Date(2026, 10, 29);

describe('workshop pack', () => {
  it('is one self-contained HTML file with the map, legend, gaps by severity and registers', () => {
    const data = sampleJourney();
    const html = buildWorkshopPack(data, { lang: 'zh', overlay: 'gaps', date: DATE });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    // Self-contained: no scripts, no external resources.
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/<link\b/i);
    // The map, inline, with every touchpoint.
    expect(html).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const t of data.touchpoints) expect(html).toContain(`data-touchpoint="${t.id}"`);
    // Markup in user text stays text.
    expect(html).toContain('APP 分期签约页 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 费率');
    expect(html).toContain('图例');
    // Gaps grouped by severity, most severe first.
    const analysis = analyse(data);
    const headings = [...html.matchAll(/<h3><span class="chip"[^>]*>([^<]+)<\/span> (\d+)<\/h3>/g)].map((m) => [m[1], Number(m[2])]);
    expect(headings.length).toBeGreaterThan(1);
    expect(headings.reduce((n, [, c]) => n + (c as number), 0)).toBe(analysis.gaps.length);
    expect(headings[0][0]).toBe(SEVERITY_LABELS[analysis.gaps[0].severity].zh);
    // Both registers, with the catalogue version and the date.
    expect(html).toContain('触点登记表');
    expect(html).toContain('缺口登记表');
    expect(html).toContain(CATALOGUE_VERSION);
    expect(html).toContain('2026-11-29');
    expect(html).toContain('@page { size: A4 landscape');
  });

  it('leaves complaint figures and owners out when asked', () => {
    const html = buildWorkshopPack(sampleJourney(), { lang: 'en', overlay: 'complaints', date: DATE, hideComplaints: true, hideOwners: true });
    expect(html).not.toContain('营销部 张三');
    expect(html).not.toContain('Complaints total');
    expect(html).toContain('Complaint figures are left out of this pack.');
    expect(html).not.toMatch(/Complaint hotspot: \d/);
  });
});
