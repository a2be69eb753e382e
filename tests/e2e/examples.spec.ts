/**
 * First run and examples: the empty list guides a first-time user; every example opens from the
 * app as an editable copy; the shortcut sheet; the empty-canvas guide; the language switch is
 * remembered across a reload, editor and inspector included.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EXAMPLE_NAMES, openExample } from './examplesHelpers';
import { node, waitSaved, watchErrors } from './helpers';

const index = JSON.parse(readFileSync(new URL('../../examples/index.json', import.meta.url), 'utf8')) as {
  name: string;
  nameEn: string;
  touchpoints: number;
  stages: number;
  channels: number;
}[];

test('a first-time user sees the guide with its two ways to begin', async ({ page }) => {
  await page.goto('/');
  const guide = page.getByTestId('first-run-guide');
  await expect(guide).toBeVisible();
  await expect(guide).toContainText('What is a touchpoint?');
  await expect(guide).toContainText('Find the gaps');
  await expect(guide.getByRole('button', { name: 'Start from an example' })).toBeVisible();
  await expect(guide.getByRole('button', { name: 'New journey' })).toBeVisible();
});

for (const [i, entry] of index.entries()) {
  test(`opens example ${i + 1} (${entry.nameEn}) as an editable copy`, async ({ page }) => {
    const errors = watchErrors(page);
    await openExample(page, i);
    await expect(page.getByLabel('Journey name')).toHaveValue(entry.name);
    await expect(page.getByTestId('stage-header')).toHaveCount(entry.stages);
    await expect(page.getByTestId('channel-header')).toHaveCount(entry.channels);
    // The gap analysis finds the example's gaps.
    await page.getByRole('tab', { name: 'Gaps' }).click();
    await expect(page.getByTestId('gap-item').first()).toBeVisible();
    expect(await page.getByTestId('gap-item').count()).toBeGreaterThanOrEqual(3);

    // It is the user's copy: edits save, and the list shows it with its size.
    await page.getByLabel('Journey name').fill(`${entry.name}（工作坊）`);
    await page.getByLabel('Journey name').press('Enter');
    await waitSaved(page);
    await page.getByRole('button', { name: 'All journeys' }).click();
    const card = page.getByTestId('journey-card');
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(`${entry.name}（工作坊）`);
    await expect(card).toContainText(`${entry.touchpoints} touchpoints · ${entry.stages} stages · ${entry.channels} channels`);

    // Opening the same example again makes a second, untouched copy.
    await page.getByRole('button', { name: 'Start from an example' }).click();
    await page.getByTestId('example-card').nth(i).getByRole('button').click();
    await expect(page.getByLabel('Journey name')).toHaveValue(entry.name);
    await page.getByRole('button', { name: 'All journeys' }).click();
    await expect(page.getByTestId('journey-card')).toHaveCount(2);
    expect(errors).toEqual([]);
  });
}

test('the shortcut sheet opens with ? and from the header, listing commands and gestures', async ({ page }) => {
  await openExample(page, 2);
  await page.keyboard.press('Shift+?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Undo/ })).toContainText('Ctrl+Z');
  await expect(sheet.getByRole('row', { name: /Redo/ })).toContainText('Ctrl+Shift+Z');
  await expect(sheet.getByRole('row', { name: /Fit view/ })).toContainText('Shift+1');
  await expect(sheet.getByRole('row', { name: /Show keyboard shortcuts/ })).toContainText('?');
  await expect(sheet).toContainText('Double-click the cell');
  await expect(sheet).toContainText('Shift+drag');
  await expect(sheet.getByRole('row', { name: /Paste/ })).toContainText('Ctrl+V');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  await expect(sheet).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});

test('an empty journey shows a guide instead of a blank canvas; its button adds the first touchpoint', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Blank');
  await page.getByRole('dialog').getByRole('button', { name: 'New journey' }).click();
  const guide = page.getByTestId('canvas-guide');
  await expect(guide).toContainText('This journey is empty');
  await guide.getByRole('button', { name: 'Add the first touchpoint' }).click();
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(1);
  await expect(guide).toBeHidden();
});

test('switching the language is remembered: after a reload the editor and the inspector are in Chinese', async ({ page }) => {
  await openExample(page, 0);
  await node(page, '净值波动与定期报告披露').click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('净值波动与定期报告披露');
  await expect(page.getByRole('tab', { name: 'Inspector' })).toBeVisible();

  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN');
  await expect(page.getByRole('tab', { name: '属性' })).toBeVisible();
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('净值波动与定期报告披露');

  await page.reload();
  await expect(page.getByLabel('语言', { exact: true })).toHaveValue('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // Editor: toolbar, views and lanes in Chinese.
  await expect(page.getByRole('toolbar', { name: '编辑工具' }).getByRole('button', { name: /触点/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '地图' })).toBeVisible();
  // Inspector: labels, the kind and the control catalogue in Chinese.
  await node(page, '净值波动与定期报告披露').click();
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('净值波动与定期报告披露');
  const kind = page.getByTestId('inspector-kind');
  await expect(kind).toHaveValue('after-sale-service');
  await expect(kind.locator('option[value="after-sale-service"]')).toHaveText('存续期服务与披露');
  await expect(page.getByRole('complementary')).toContainText('关键信息显著、通俗披露');

  // And back: English after the next reload.
  await page.getByLabel('语言', { exact: true }).selectOption('en');
  await page.reload();
  await node(page, '净值波动与定期报告披露').click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('净值波动与定期报告披露');
  await expect(page.getByRole('complementary')).toContainText('Plain-language key-facts disclosure');
  // The journey list follows too.
  await page.getByRole('button', { name: 'All journeys' }).click();
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
  expect(EXAMPLE_NAMES[0]).toBe(index[0].name);
});
