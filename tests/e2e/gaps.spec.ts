import { expect, test } from '@playwright/test';
import { addTouchpointInCell, createJourney, node, waitSaved, watchErrors } from './helpers';

test('controls and gaps: kind → required controls and badge, mark in place, accept a gap, gaps panel, rights × stages', async ({ page }) => {
  const errors = watchErrors(page);
  await createJourney(page, 'Gap review', 'Bank');
  await addTouchpointInCell(page, 2, 0, 'Signing');
  // An unclassified touchpoint already has gaps (incomplete data): an empty map never looks clean.
  await expect(node(page, 'Signing').getByTestId('badge-gaps')).toBeVisible();

  await page.getByTestId('inspector-kind').selectOption({ label: 'Disclosure and signing' });
  const controls = page.getByTestId('controls-section');
  await expect(controls.getByTestId('control-item').filter({ hasText: 'Plain-language key-facts disclosure' })).toBeVisible();
  // Bank journey: the insurance-only control is not required.
  await expect(controls.getByTestId('control-item').filter({ hasText: 'Traceable insurance sales' })).toHaveCount(0);
  const keyFactsGap = controls.getByTestId('gap-item').and(page.locator('[data-control="key-info-disclosure"]'));
  await expect(keyFactsGap).toHaveCount(1);
  const before = Number((await node(page, 'Signing').getByTestId('badge-gaps').innerText()).match(/\d+/)![0]);

  await controls.getByRole('combobox', { name: 'Status: Plain-language key-facts disclosure' }).selectOption('in-place');
  await expect(keyFactsGap).toHaveCount(0);
  await expect.poll(async () => Number((await node(page, 'Signing').getByTestId('badge-gaps').innerText()).match(/\d+/)![0])).toBe(before - 1);

  // Accept the record-retention gap with a reason: it stays listed, marked, and leaves the open count.
  const retention = controls.getByTestId('gap-item').and(page.locator('[data-control="record-retention"]'));
  await retention.getByRole('button', { name: 'Decision' }).click();
  await retention.getByRole('checkbox', { name: 'Accept' }).check();
  await retention.getByRole('button', { name: 'Save decision' }).click();
  await expect(retention.getByRole('alert')).toContainText('needs a reason');
  await retention.getByLabel('Reason').fill('Covered by the group archive policy');
  await retention.getByLabel('Owner').fill('合规部');
  await retention.getByRole('button', { name: 'Save decision' }).click();
  await expect(retention).toContainText('Accepted: Covered by the group archive policy');
  await expect.poll(async () => Number((await node(page, 'Signing').getByTestId('badge-gaps').innerText()).match(/\d+/)![0])).toBe(before - 2);

  // Gaps panel: click a gap to select its touchpoint.
  await addTouchpointInCell(page, 0, 1, 'Ad campaign');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.getByRole('tab', { name: 'Gaps' }).click();
  const panel = page.getByTestId('gaps-panel');
  await expect(panel.getByTestId('gap-summary')).toContainText('accepted 1');
  await panel.getByRole('button', { name: 'Ad campaign' }).first().click();
  await expect(page.locator('.react-flow__node.selected')).toContainText('Ad campaign');
  // Filter to accepted decisions.
  await panel.getByLabel('Decision', { exact: true }).selectOption('accepted');
  await expect(panel.getByTestId('gap-item')).toHaveCount(1);

  await page.getByRole('button', { name: 'Rights × stages' }).click();
  const matrix = page.getByTestId('rights-matrix');
  await expect(matrix).toBeVisible();
  await expect(matrix.locator('tbody tr').filter({ hasText: 'Right to know' })).toContainText(/\d/);

  await page.getByRole('button', { name: 'Map' }).click();
  await waitSaved(page);
  await page.reload();
  await node(page, 'Signing').click();
  await expect(page.getByTestId('controls-section').getByRole('combobox', { name: 'Status: Plain-language key-facts disclosure' })).toHaveValue('in-place');
  await expect(page.getByTestId('controls-section').getByTestId('gap-item').and(page.locator('[data-control="record-retention"]'))).toContainText('Accepted');
  expect(errors).toEqual([]);
});

test('bulk status: one control on many touchpoints as one undoable change', async ({ page }) => {
  await createJourney(page, 'Bulk', 'Bank');
  for (const [i, title] of ['Branch A', 'Branch B'].entries()) {
    await addTouchpointInCell(page, i, 0, title);
    await page.getByTestId('inspector-kind').selectOption({ label: 'Branch consultation' });
  }
  await page.getByRole('tab', { name: 'Gaps' }).click();
  await page.getByRole('button', { name: 'Set status on many' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Control', { exact: true }).selectOption({ label: 'Audio-video recording of branch wealth/agency sales' });
  await dialog.getByRole('button', { name: 'Apply to 2 touchpoints' }).click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await node(page, 'Branch A').click();
  const status = page.getByRole('combobox', { name: 'Status: Audio-video recording of branch wealth/agency sales' });
  await expect(status).toHaveValue('in-place');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await node(page, 'Branch B').click();
  await expect(status).toHaveValue('');
});
