/**
 * The Export menu end to end: every format downloaded and checked as a file, and complaint
 * figures imported from a CSV (with a bad row), applied as one change and undone.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { parseJourneyFile, serialiseJourney } from '../../src/io/format';
import { sampleJourney } from '../unit/io/sampleJourney';
import { node, watchErrors } from './helpers';

const sample = sampleJourney();

async function openSample(page: Page) {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: 'sample.json', mimeType: 'application/json', buffer: Buffer.from(serialiseJourney(sample)) });
  await expect(page).toHaveURL(/\/j\/j_sample$/);
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(sample.touchpoints.length);
}

async function exportAs(page: Page, format: string): Promise<{ download: Download; bytes: Buffer }> {
  const menu = page.getByRole('menu', { name: 'Export and import' });
  if (!(await menu.isVisible())) await page.getByTestId('export-button').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 40_000 }), menu.locator(`[data-format="${format}"]`).click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path!) };
}

test('exports JSON, SVG, PNG, registers (CSV and Excel) and the workshop pack from the menu', async ({ page }) => {
  const errors = watchErrors(page);
  await openSample(page);

  // JSON: re-imports equal to what was imported (records and ids kept).
  const json = await exportAs(page, 'json');
  expect(json.download.suggestedFilename()).toMatch(/^信用卡分期办理旅程-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = parseJourneyFile(new Uint8Array(json.bytes));
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    const strip = (d: typeof sample) => ({ ...d, meta: { ...d.meta, id: '', createdAt: '' } });
    expect(serialiseJourney(strip(parsed.data))).toBe(serialiseJourney(strip(sample)));
  }

  // SVG: well-formed XML with every touchpoint.
  const svg = await exportAs(page, 'svg');
  expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
  // Parsed by the browser's XML parser, which reports any error instead of guessing.
  const parsedSvg = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.nodeName,
      touchpoints: doc.querySelectorAll('[data-touchpoint]').length,
      width: Number(doc.documentElement.getAttribute('width')),
    };
  }, svg.bytes.toString('utf8'));
  expect(parsedSvg).toMatchObject({ error: false, root: 'svg', touchpoints: sample.touchpoints.length });
  const svgWidth = parsedSvg.width;

  // PNG: a PNG at twice the SVG's size.
  const png = await exportAs(page, 'png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.readUInt32BE(16)).toBe(Math.floor(svgWidth * 2));

  // CSV registers: BOM, columns, one row per touchpoint / gap.
  const csvTp = await exportAs(page, 'csv-touchpoints');
  expect([...csvTp.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const tpLines = csvTp.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(tpLines[0]).toMatch(/^Touchpoint ID,Touchpoint,Stage,Channel,Kind,Owner,Complaints total,.*,Catalogue version,Exported$/);
  expect(tpLines).toHaveLength(1 + sample.touchpoints.length);
  const csvGaps = await exportAs(page, 'csv-gaps');
  expect(csvGaps.bytes.toString('utf8')).toMatch(/^\uFEFFSeverity,Status,Touchpoint ID,Touchpoint,/);

  // Excel: opens, both registers and the About sheet.
  const xlsx = await exportAs(page, 'xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Touchpoint register', 'Gap register', 'About']);
  expect(wb.worksheets[0].rowCount).toBe(1 + sample.touchpoints.length);
  expect(typeof wb.worksheets[0].getRow(2).getCell(7).value).toBe('number');

  // Workshop pack: one HTML file with the map and the gaps.
  const pack = await exportAs(page, 'pack');
  const html = pack.bytes.toString('utf8');
  expect(pack.download.suggestedFilename()).toMatch(/-workshop-pack-\d{4}-\d{2}-\d{2}\.html$/);
  expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(html).toContain('Gaps by severity');
  expect(html).not.toMatch(/<script\b/);

  // Sharing: owners and complaint figures left out.
  const menu = page.getByRole('menu', { name: 'Export and import' });
  await menu.getByRole('menuitemcheckbox', { name: 'Leave out owner names' }).click();
  await menu.getByRole('menuitemcheckbox', { name: 'Leave out complaint figures' }).click();
  const shared = (await exportAs(page, 'csv-touchpoints')).bytes.toString('utf8');
  expect(shared).not.toContain('营销部 张三');
  expect(shared).not.toContain('Complaints total');
  const sharedJson = parseJourneyFile(new Uint8Array((await exportAs(page, 'json')).bytes));
  expect(sharedJson.ok && sharedJson.data.touchpoints.every((t) => t.owner === '' && t.complaints.length === 0)).toBe(true);

  await expect(page.getByTestId('export-status')).toContainText('Saved');
  expect(errors).toEqual([]);
});

test('exports a vector PDF with Chinese text, A4 and A3', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openSample(page);
  for (const format of ['pdf-a3', 'pdf-a4']) {
    const pdf = await exportAs(page, format);
    expect(pdf.download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.bytes.toString('latin1');
    // The Chinese font is embedded (as a subset of the glyphs used), not substituted.
    expect(text).toMatch(/\/FontName \/tm-noto-sc/);
    expect(text).toMatch(/\/FontFile2/);
    const pages = (text.match(/\/Type \/Page\b/g) ?? []).length;
    // Five stages fit one page at 5.5 pt or more, on A4 as on A3.
    expect(pages).toBe(1);
  }

  // Ten stages are tiled on A4: two pages sharing only a narrow strip (24 SVG units), not two
  // pages that mostly repeat each other.
  const wide = structuredClone(sample);
  wide.meta.id = 'j_wide';
  for (let s = 6; s <= 10; s++) {
    wide.stages.push({ id: `s${s}`, name: `阶段${s}`, order: `a${s - 1}` });
    sample.touchpoints.slice(0, 3).forEach((t, k) => wide.touchpoints.push({ ...structuredClone(t), id: `t${s}_${k}`, stageId: `s${s}`, channelId: `c${k + 1}` }));
  }
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: 'wide.json', mimeType: 'application/json', buffer: Buffer.from(serialiseJourney(wide)) });
  await expect(page).toHaveURL(/\/j\/j_wide$/);
  const tiled = await exportAs(page, 'pdf-a4');
  await expect(page.getByTestId('export-status')).toContainText('2 pages');
  // Each page's content stream clips first to its tile, then to the whole map (svg2pdf.js):
  // the tiles' widths add up to the map's plus the overlap.
  const clips: number[][] = [];
  const raw = tiled.bytes.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    let body: string;
    try {
      body = inflateSync(tiled.bytes.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue;
    }
    const widths = [...body.matchAll(/[-\d.]+ [-\d.]+ ([-\d.]+) [-\d.]+ re\s*W/g)].map((r) => Number(r[1]));
    if (widths.length) clips.push(widths);
  }
  expect(clips).toHaveLength(2);
  const [[page1, map], [page2]] = clips;
  // The shared strip is 24 of the map's ≈ 2,750 units (under 1 %; pages that mostly repeat each
  // other share far more), whatever size the pages print at.
  expect((page1 + page2 - map) / map).toBeGreaterThan(0);
  expect((page1 + page2 - map) / map).toBeLessThan(0.015);
  // Broken between the fifth and sixth stage: neither page holds much more than half.
  expect(Math.max(page1, page2) / map).toBeLessThan(0.55);
  expect(errors).toEqual([]);
});

test('imports complaint figures: preview with a bad row, apply as one change, undo', async ({ page }) => {
  const errors = watchErrors(page);
  await openSample(page);
  const target = node(page, '提前还款咨询');
  await expect(target.getByTestId('badge-complaints')).toHaveCount(0);

  const csv = ['触点,期间,投诉量', '提前还款咨询,2026-11,30', '提前还款咨询,2026-12,12', 't5,2026-12,4', '提前还款咨询,2026-13,3', '没有这个触点,2026-12,1', ''].join('\r\n');
  await page.getByTestId('export-button').click();
  await page.getByRole('menuitem', { name: 'Import complaints…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import complaint figures' });
  await dialog.getByLabel('File').setInputFiles({ name: 'complaints.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  await expect(dialog.getByTestId('import-preview')).toContainText('3 rows match touchpoints · 1 do not match · 1 rows have errors');
  await expect(dialog.getByTestId('import-errors')).toContainText('Row 5 · Period “2026-13”');
  await expect(dialog.getByTestId('import-unmatched')).toContainText('Row 6: no touchpoint named “没有这个触点”');
  await expect(dialog.getByTestId('import-matched')).toContainText('提前还款咨询');
  // Nothing has changed yet.
  await expect(target.getByTestId('badge-complaints')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(target.getByTestId('badge-complaints')).toContainText('42');

  // The same file again changes nothing.
  await page.getByTestId('export-button').click();
  await page.getByRole('menuitem', { name: 'Import complaints…' }).click();
  await dialog.getByLabel('File').setInputFiles({ name: 'complaints.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByText('Nothing to change')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // One undo step takes the whole import back.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(target.getByTestId('badge-complaints')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('imports complaint figures whose categories are the bank’s own names, mapped in the dialog', async ({ page }) => {
  const errors = watchErrors(page);
  await openSample(page);
  const target = node(page, '提前还款咨询');
  const csv = ['触点,期间,投诉量,投诉类别', '提前还款咨询,2026-11,7,违约金收取不合理', '提前还款咨询,2026-12,5,信息披露不充分', '提前还款咨询,2026-12,2,杂项', ''].join('\r\n');
  await page.getByTestId('export-button').click();
  await page.getByRole('menuitem', { name: 'Import complaints…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import complaint figures' });
  await dialog.getByLabel('File').setInputFiles({ name: 'complaints.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  // Each name the complaint-reason list lacks gets a choice; clear names come preselected.
  const categories = dialog.getByTestId('import-categories');
  await expect(categories.getByLabel(/“信息披露不充分”/)).toHaveValue('disclosure');
  await expect(categories.getByLabel(/“违约金收取不合理”/)).toHaveValue('pricing-fees');
  await expect(categories.getByLabel(/“杂项”/)).toHaveValue('#skip');
  await expect(dialog.getByTestId('import-errors')).toContainText('Row 4 · Category (optional) “杂项”');
  await categories.getByLabel(/“违约金收取不合理”/).selectOption({ label: 'Contract terms' });
  await categories.getByLabel(/“杂项”/).selectOption({ label: 'Other' });
  await expect(dialog.getByTestId('import-errors')).toHaveCount(0);
  await expect(dialog.getByTestId('import-matched')).toContainText('Contract terms');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(target.getByTestId('badge-complaints')).toContainText('14');

  // The inspector lists the counts under the chosen categories.
  await target.click();
  await expect(page.getByRole('complementary')).toContainText('Contract terms');
  expect(errors).toEqual([]);
});
