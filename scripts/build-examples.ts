/**
 * Writes the example journeys to examples/*.json in the interchange format, and examples/index.json
 * (what the journey list shows before an example is loaded). Deterministic: fixed ids and dates,
 * so running it again gives the same bytes. Run with `npx tsx scripts/build-examples.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/domain/gaps';
import { parseJourneyFile, serialiseJourney } from '../src/io/format';
import { exampleIndex } from './examples/exampleIndex';
import { EXAMPLE_SOURCES } from './examples';

const dir = fileURLToPath(new URL('../examples/', import.meta.url));

for (const source of EXAMPLE_SOURCES) {
  const text = serialiseJourney(source.build());
  const parsed = parseJourneyFile(text);
  if (!parsed.ok) throw new Error(`${source.info.id}: ${JSON.stringify(parsed.errors, null, 2)}`);
  if (parsed.warnings.length) throw new Error(`${source.info.id}: ${JSON.stringify(parsed.warnings, null, 2)}`);
  writeFileSync(`${dir}${source.info.id}.json`, text);
  const { summary, gaps } = analyse(parsed.data);
  const open = gaps.filter((g) => g.open);
  const rules = [...new Set(open.map((g) => g.rule))].join(', ');
  console.log(
    `${source.info.id}: ${parsed.data.touchpoints.length} touchpoints, ${open.length} open gaps ` +
      `(${Object.entries(summary.open).map(([k, v]) => `${k} ${v}`).join(', ')}; ${rules}), ${summary.accepted} accepted, ` +
      `coverage ${(summary.coverage * 100).toFixed(0)} %`,
  );
  const title = new Map(parsed.data.touchpoints.map((t) => [t.id, t.title]));
  for (const g of open.filter((g) => g.rule.startsWith('complaint-') || g.rule === 'no-owner' || g.rule === 'unmitigated-high-risk')) {
    console.log(`  ${g.rule} (${g.severity}): ${title.get(g.touchpointId)}`);
  }
}
writeFileSync(`${dir}index.json`, `${JSON.stringify(exampleIndex(EXAMPLE_SOURCES), null, 2)}\n`);
