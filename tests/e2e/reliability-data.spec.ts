/**
 * Reliability on the journey list and in the editor: durable storage, backups, the journey-list
 * import, the trash and the version history, driven as a person would.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addTouchpointInCell, createJourney, node, waitSaved, watchErrors } from './helpers';
import { downloadText, dropFile, stubStorage } from './reliabilityHelpers';

const fixture = readFileSync(new URL('../fixtures/format-v1/full-journey.json', import.meta.url), 'utf8');

test('durable storage: a refusal is explained with a backup offered; space used is shown', async ({ page }) => {
  const errors = watchErrors(page);
  await stubStorage(page, { persisted: false, grant: false, usage: 3 * 1024 * 1024, quota: 10 * 1024 ** 3 });
  await page.goto('/');
  // Asked once on load, refused: the header button says so.
  await expect(page.getByTestId('storage-button')).toHaveAttribute('data-persisted', 'false');
  await expect(page.getByTestId('storage-button')).toHaveAttribute('title', /may clear this data/);
  await page.getByTestId('storage-button').click();
  const dialog = page.getByTestId('storage-dialog');
  await expect(dialog.getByTestId('storage-persisted')).toHaveAttribute('data-persisted', 'false');
  await expect(dialog).toContainText('may delete it');
  await expect(dialog.getByTestId('storage-usage')).toHaveText(/3 MB used of 10 GB available/);
  await dialog.getByRole('button', { name: 'Ask the browser to keep data' }).click();
  await expect(dialog.getByTestId('storage-refused')).toContainText('backup file is the safe way');
  await expect(dialog.getByRole('button', { name: 'Back up all journeys' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('durable storage: asked for on load and granted; shown from the editor too', async ({ page }) => {
  await stubStorage(page, { persisted: false, grant: true });
  await createJourney(page, 'Durable');
  await expect(page.getByTestId('storage-button')).toHaveAttribute('data-persisted', 'true');
  await page.getByTestId('storage-button').click();
  const dialog = page.getByTestId('storage-dialog');
  await expect(dialog.getByTestId('storage-persisted')).toHaveAttribute('data-persisted', 'true');
  await expect(dialog).toContainText('will not be cleared');
  await expect(dialog.getByRole('button', { name: 'Ask the browser to keep data' })).toHaveCount(0);
});

test('import from the list: picker and drop create journeys; a bad file lists its problems and stores nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: 'journey.json', mimeType: 'application/json', buffer: Buffer.from(fixture) });
  await expect(page).toHaveURL(/\/j\/j_fixture_v1$/);
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(JSON.parse(fixture).touchpoints.length);
  await page.goto('/');
  await expect(page.getByTestId('journey-card')).toHaveCount(1);

  const bad = JSON.parse(fixture);
  bad.touchpoints[1].risk = { likelihood: 9, impact: 2, rationale: '' };
  bad.stages[0].order = 7;
  await page.getByTestId('import-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const problems = page.getByTestId('import-errors');
  await expect(problems).toContainText('bad.json');
  await expect(problems).toContainText('touchpoints[1].risk.likelihood');
  await expect(problems).toContainText('stages[0].order');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByTestId('journey-card')).toHaveCount(1);

  // Dropping the same file again adds a copy under a new id; nothing is overwritten.
  await dropFile(page, 'journey.json', fixture);
  await expect(page).toHaveURL(/\/j\/(?!j_fixture_v1$)/);
  await page.goto('/');
  await expect(page.getByTestId('journey-card')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test.describe('in the Chinese UI', () => {
  test.use({ locale: 'zh-CN' });

  test('a bad journey file and a bad backup list their problems in Chinese; paths stay as the format names them', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const bad = JSON.parse(fixture);
    bad.touchpoints[1].risk = { likelihood: 9, impact: 2, rationale: '' };
    bad.touchpoints[0].complaints = [{ period: '2026-13', count: 3 }];
    bad.stages[0].order = 7;
    await page.getByTestId('import-input').setInputFiles({ name: '坏文件.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const problems = page.getByTestId('import-errors');
    await expect(problems).toContainText('未保存任何内容。坏文件.json 中发现以下问题：');
    const rows = problems.getByTestId('issue-list').getByRole('listitem');
    await expect(rows).toHaveText([
      'stages[0].order 应为文本，实际为 7',
      'touchpoints[0].complaints[0].period 期间应为 YYYY-MM 或 YYYY-Qn，实际为 "2026-13"',
      'touchpoints[1].risk.likelihood 应为 1–5 的整数，实际为 9',
    ]);
    await expect(problems).not.toContainText(/expected|got/);
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    await expect(page.getByTestId('journey-card')).toHaveCount(0);

    // A backup offered as a journey, then a journey offered as a backup: named, in Chinese.
    const backup = { format: 'touchmap-backup', version: 1, journeys: [JSON.parse(fixture)] };
    await page.getByTestId('import-input').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await expect(page.getByTestId('import-errors').getByRole('listitem')).toHaveText(['format 这是包含多个旅程的备份文件，请改用“从备份恢复”']);
    await page.getByRole('button', { name: '关闭', exact: true }).click();

    await page.getByTestId('storage-button').click();
    const dialog = page.getByTestId('storage-dialog');
    const broken = { ...backup, journeys: [{ ...backup.journeys[0], touchpoints: [{ id: 1 }] }] };
    await dialog.getByTestId('restore-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const restoreErrors = dialog.getByTestId('restore-errors');
    await expect(restoreErrors).toContainText('未恢复任何内容。备份文件存在以下问题：');
    await expect(restoreErrors.getByRole('listitem').first()).toHaveText('journeys[0].touchpoints[0].id 应为文本，实际为 1');
    await expect(restoreErrors.getByRole('listitem').nth(1)).toHaveText('journeys[0].touchpoints[0].title 缺少必填字段');
    await expect(restoreErrors).not.toContainText(/expected|required|got/);
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    await expect(page.getByTestId('journey-card')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test('backup all journeys to one file and restore it: journeys are added, never replaced', async ({ page }) => {
  await createJourney(page, 'Mortgage');
  await addTouchpointInCell(page, 1, 0, 'Valuation');
  await waitSaved(page);
  await page.goto('/');
  await page.getByTestId('storage-button').click();
  const dialog = page.getByTestId('storage-dialog');
  await expect(dialog.getByTestId('last-backup')).toHaveText('No backup made yet.');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Back up all journeys' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^touchmap-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await downloadText(download);
  const backup = JSON.parse(text);
  expect(backup.format).toBe('touchmap-backup');
  expect(backup.journeys).toHaveLength(1);
  expect(backup.journeys[0].touchpoints[0].title).toBe('Valuation');
  await expect(dialog.getByTestId('last-backup')).toContainText('Last backup:');

  await dialog.getByTestId('restore-input').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(dialog.getByTestId('restore-result')).toContainText('Restored 1 journeys. 1 already existed here');
  const broken = { ...backup, journeys: [{ ...backup.journeys[0], touchpoints: [{ id: 1 }] }] };
  await dialog.getByTestId('restore-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(dialog.getByTestId('restore-errors')).toContainText('journeys[0].touchpoints[0].id');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByTestId('journey-card')).toHaveCount(2);
});

test('trash: a deleted journey is listed with its purge date and comes back with its history', async ({ page }) => {
  await createJourney(page, 'Claims');
  await addTouchpointInCell(page, 0, 0, 'First notice');
  await waitSaved(page);
  await page.getByTestId('history-button').click();
  await page.getByTestId('snapshot-name').fill('Baseline');
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  // The automatic snapshot taken before the first edit, and the named one.
  await expect(page.getByTestId('snapshot-row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.goto('/');
  await page.getByTestId('journey-card').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('journey-card')).toHaveCount(0);
  await page.getByTestId('trash-toggle').click();
  const card = page.getByTestId('trash-card');
  await expect(card).toContainText('Claims');
  await expect(card).toContainText('Removed for good on');
  await card.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('trash-card')).toHaveCount(0);
  await page.getByTestId('trash-toggle').click();
  await page.getByTestId('journey-card').getByRole('link').click();
  await expect(node(page, 'First notice')).toBeVisible();
  await page.getByTestId('history-button').click();
  await expect(page.getByTestId('snapshot-row').filter({ hasText: 'Baseline' })).toHaveCount(1);
});

test('version history: snapshot, compare with now, restore (undoable) and restore as a copy', async ({ page }) => {
  const errors = watchErrors(page);
  await createJourney(page, 'Wealth');
  await addTouchpointInCell(page, 0, 0, 'Risk questionnaire');
  await waitSaved(page);
  await page.getByTestId('history-button').click();
  await page.getByTestId('snapshot-name').fill('v1');
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(page.getByTestId('snapshot-row').filter({ hasText: 'v1' })).toContainText(/\d+(\.\d)? (B|KB) · 1 touchpoints/);
  await expect(page.getByTestId('snapshot-row').filter({ hasText: 'Automatic' })).toContainText('0 touchpoints');
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  await addTouchpointInCell(page, 2, 1, 'Suitability check');
  await node(page, 'Risk questionnaire').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(1);
  await waitSaved(page);

  await page.getByTestId('history-button').click();
  const v1 = page.getByTestId('snapshot-row').filter({ hasText: 'v1' });
  await v1.getByRole('button', { name: 'Compare' }).click();
  const diff = page.getByTestId('diff-view');
  await expect(diff.getByTestId('diff-added')).toContainText('Suitability check');
  await expect(diff.getByTestId('diff-removed')).toContainText('Risk questionnaire');
  await expect(diff.getByTestId('diff-gaps-opened')).toContainText('Suitability check');
  await expect(diff.getByTestId('diff-gaps-closed')).toContainText('Risk questionnaire');
  await page.getByRole('button', { name: 'Back', exact: true }).click();

  await v1.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.getByRole('dialog', { name: 'Replace the current state with this snapshot?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('history-message')).toContainText('Restored the snapshot');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(1);
  await expect(node(page, 'Risk questionnaire')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'Suitability check')).toBeVisible();
  await expect(node(page, 'Risk questionnaire')).toHaveCount(0);
  await waitSaved(page);

  await page.getByTestId('history-button').click();
  await page.getByTestId('snapshot-row').filter({ hasText: 'v1' }).getByRole('button', { name: 'Restore as copy' }).click();
  await expect(page.getByTestId('history-message')).toContainText('Restored as a new journey');
  await page.getByTestId('history-message').getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByLabel('Journey name')).toHaveValue(/^Wealth \(/);
  await expect(node(page, 'Risk questionnaire')).toBeVisible();
  expect(errors).toEqual([]);
});
