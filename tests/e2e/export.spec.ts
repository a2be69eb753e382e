/**
 * The Export menu end to end: every format downloaded and checked as a file, and complaint
 * figures imported from a CSV (with a bad row), applied as one change and undone.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

interface Word {
  text: string;
  x: number;
  y: number;
}

/**
 * The words on one page of a PDF where a reader sees them (poppler's pdftotext; .ci/run installs
 * poppler-utils), in points from the page's top-left.
 */
function pdfWords(path: string, pageNo: number): Word[] {
  let xml: string;
  try {
    xml = execFileSync('pdftotext', ['-bbox', '-f', String(pageNo), '-l', String(pageNo), path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    throw new Error(`pdftotext failed (apt-get install -y poppler-utils): ${String(e)}`, { cause: e });
  }
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ text: unescape(m[3]), x: Number(m[1]), y: Number(m[2]) }));
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

  // The second page names its stages along the top and repeats the channel labels at its left,
  // as the first page does; the legend and footer are whole on both pages.
  const path = (await tiled.download.path())!;
  const [first, second] = [pdfWords(path, 1), pdfWords(path, 2)];
  const on = (words: Word[], names: string[]) => names.filter((n) => words.some((w) => w.text === n));
  expect(on(first, ['认知', '咨询', '购买', '使用', '售后', '阶段6'])).toEqual(['认知', '咨询', '购买', '使用', '售后']);
  expect(on(second, ['售后', '阶段6', '阶段7', '阶段8', '阶段9', '阶段10'])).toEqual(['阶段6', '阶段7', '阶段8', '阶段9', '阶段10']);
  for (const words of [first, second]) {
    const labels = words.filter((w) => ['网点', '手机银行', '客服热线'].includes(w.text));
    expect(labels.map((w) => w.text)).toEqual(['网点', '手机银行', '客服热线']);
    // In the label column at the page's left, left of every stage header.
    const headers = words.filter((w) => /^(认知|咨询|购买|使用|售后|阶段\d+)$/.test(w.text));
    expect(Math.max(...labels.map((w) => w.x))).toBeLessThan(Math.min(...headers.map((w) => w.x)));
    expect(words.filter((w) => w.text === 'Touchmap')).toHaveLength(1);
    expect(words.some((w) => w.text === 'Links')).toBe(true);
    expect(words.some((w) => w.text === 'exported')).toBe(true);
  }
  expect(errors).toEqual([]);
});

test('a map tiled in rows and columns names the stages and channels on every page', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const file = readFileSync(new URL('../../examples/credit-card-lifecycle.json', import.meta.url));
  const example = parseJourneyFile(new Uint8Array(file));
  if (!example.ok) throw new Error('the example does not parse');
  const stages = [...example.data.stages].sort((a, b) => (a.order < b.order ? -1 : 1)).map((s) => s.name);
  const channels = [...example.data.channels].sort((a, b) => (a.order < b.order ? -1 : 1)).map((c) => c.name);
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: 'example.json', mimeType: 'application/json', buffer: file });
  await expect(page).toHaveURL(/\/j\//);
  const pdf = await exportAs(page, 'pdf-a4');
  await expect(page.getByTestId('export-status')).toContainText('4 pages');
  const path = (await pdf.download.path())!;
  const seen = { stages: new Set<string>(), channels: new Set<string>() };
  for (let n = 1; n <= 4; n++) {
    const words = pdfWords(path, n);
    expect(words.map((w) => w.text).join(' ')).toContain(`page ${n} of 4`);
    const headers = words.filter((w) => stages.includes(w.text));
    const labels = words.filter((w) => channels.includes(w.text));
    // Some stages along the top, in one row under the page's label; some channels down the left.
    expect(headers.length).toBeGreaterThan(0);
    expect(labels.length).toBeGreaterThan(0);
    expect(Math.max(...headers.map((w) => w.y)) - Math.min(...headers.map((w) => w.y))).toBeLessThan(1);
    expect(Math.max(...labels.map((w) => w.x)) - Math.min(...labels.map((w) => w.x))).toBeLessThan(1);
    expect(Math.min(...headers.map((w) => w.y))).toBeLessThan(Math.min(...labels.map((w) => w.y)));
    expect(Math.max(...labels.map((w) => w.x))).toBeLessThan(Math.min(...headers.map((w) => w.x)));
    for (const w of headers) seen.stages.add(w.text);
    for (const w of labels) seen.channels.add(w.text);
    if (n === 4) {
      // The last page (second row, second column) shows neither the first stage nor the first channel.
      expect(headers.map((w) => w.text)).not.toContain(stages[0]);
      expect(labels.map((w) => w.text)).not.toContain(channels[0]);
    }
    // The legend and footer, whole, on every page.
    expect(words.filter((w) => w.text === 'Touchmap')).toHaveLength(1);
    expect(words.some((w) => w.text === 'Links')).toBe(true);
  }
  expect([...seen.stages].sort()).toEqual([...stages].sort());
  expect([...seen.channels].sort()).toEqual([...channels].sort());
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
