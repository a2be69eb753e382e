/** Every example journey: valid, the size the workshop needs, and real gaps for the analysis to find. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SOURCES } from '../../scripts/examples';
import { exampleIndex } from '../../scripts/examples/exampleIndex';
import { analyse, decisionKey } from '../../src/domain/gaps';
import { parseJourneyFile, serialiseJourney } from '../../src/io/format';

const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const index = JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as { id: string; file: string }[];
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();

describe('examples', () => {
  it('there are at least four, each listed in examples/index.json with its size', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(index.map((e) => e.file).sort()).toEqual(files);
    expect(index).toEqual(exampleIndex(EXAMPLE_SOURCES));
  });

  it('cover the four journeys of the brief, with the right sectors', () => {
    const sectors = Object.fromEntries(EXAMPLE_SOURCES.map((s) => [s.info.id, s.info.sector]));
    expect(sectors).toEqual({
      'bank-wealth-management': 'bank',
      'insurance-telesales': 'insurance',
      'credit-card-lifecycle': 'bank',
      'consumer-loan-partner': 'bank',
    });
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(`${dir}${file}`, 'utf8');
    const parsed = parseJourneyFile(text);
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
    const data = parsed.data;
    const analysis = analyse(data);
    const open = analysis.gaps.filter((g) => g.open);

    it('passes schema validation without warnings, and is what its builder writes', () => {
      expect(parsed.warnings).toEqual([]);
      const source = EXAMPLE_SOURCES.find((s) => `${s.info.id}.json` === file);
      expect(source, 'a builder in scripts/examples').toBeDefined();
      // Regenerate with `npx tsx scripts/build-examples.ts` after changing a builder.
      expect(text).toBe(serialiseJourney(source!.build()));
    });

    it('has 15–40 touchpoints across 4–6 stages and 3–5 channels, all of them used', () => {
      expect(data.touchpoints.length).toBeGreaterThanOrEqual(15);
      expect(data.touchpoints.length).toBeLessThanOrEqual(40);
      expect(data.stages.length).toBeGreaterThanOrEqual(4);
      expect(data.stages.length).toBeLessThanOrEqual(6);
      expect(data.channels.length).toBeGreaterThanOrEqual(3);
      expect(data.channels.length).toBeLessThanOrEqual(5);
      expect(new Set(data.touchpoints.map((t) => t.stageId)).size).toBe(data.stages.length);
      expect(new Set(data.touchpoints.map((t) => t.channelId)).size).toBe(data.channels.length);
    });

    it('is in Chinese, names itself in English and says the data is illustrative', () => {
      expect(data.meta.name).toMatch(/[\u4e00-\u9fff]/);
      expect(data.meta.description).toMatch(/English name: .+/);
      expect(data.meta.description).toMatch(/Illustrative/);
      for (const t of data.touchpoints) expect(t.title, t.id).toMatch(/[\u4e00-\u9fff]/);
    });

    it('has complaints over at least six periods, with a hotspot or a spike', () => {
      const periods = new Set(data.touchpoints.flatMap((t) => t.complaints.map((c) => c.period)));
      expect(periods.size).toBeGreaterThanOrEqual(6);
      expect(open.some((g) => g.rule === 'complaint-hotspot' || g.rule === 'complaint-spike')).toBe(true);
    });

    it('is fully annotated: kind, risk with rationale, owner or a no-owner gap, rights, connections', () => {
      const connected = new Set(data.connections.flatMap((c) => [c.source, c.target]));
      for (const t of data.touchpoints) {
        expect(t.kind, t.title).not.toBeNull();
        expect(t.risk?.rationale, t.title).toBeTruthy();
        expect(t.rights.length, t.title).toBeGreaterThan(0);
        expect(connected.has(t.id), `${t.title} is connected`).toBe(true);
      }
      expect(data.personas.length).toBeGreaterThanOrEqual(1);
      expect(data.notes.length).toBeGreaterThanOrEqual(1);
      expect(open.some((g) => g.rule === 'incomplete-kind' || g.rule === 'incomplete-risk')).toBe(false);
    });

    it('records control statuses: mostly in place, some partial, missing and not applicable with reasons', () => {
      const states = data.touchpoints.flatMap((t) => Object.values(t.controls));
      const count = (s: string) => states.filter((c) => c.status === s).length;
      expect(count('in-place') / states.length).toBeGreaterThan(0.7);
      expect(count('partial')).toBeGreaterThan(0);
      expect(count('missing')).toBeGreaterThan(0);
      expect(count('not-applicable')).toBeGreaterThan(0);
      for (const c of states.filter((s) => s.status === 'not-applicable')) expect(c.reason).toBeTruthy();
    });

    it('has at least three open gaps and accepted decisions that match real gaps', () => {
      expect(open.length).toBeGreaterThanOrEqual(3);
      expect(data.gapDecisions.length).toBeGreaterThanOrEqual(2);
      const gapIds = new Set(analysis.gaps.map((g) => g.id));
      for (const d of data.gapDecisions) expect(gapIds.has(decisionKey(d)), d.id).toBe(true);
      expect(analysis.summary.accepted).toBe(data.gapDecisions.filter((d) => d.accepted).length);
    });
  });
});
