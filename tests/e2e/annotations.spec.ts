import { expect, test, type Page } from '@playwright/test';
import { addTouchpointInCell, createJourney, node, waitSaved, watchErrors } from './helpers';

async function addComplaint(page: Page, period: string, count: string) {
  await page.getByTestId('complaint-period').fill(period);
  await page.getByTestId('complaint-count').fill(count);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

test('annotate complaints and risk, see badges and overlays, matrix and dashboard, reload', async ({ page }) => {
  const errors = watchErrors(page);
  await createJourney(page, 'Annotated');
  await addTouchpointInCell(page, 1, 0, 'Questionnaire');
  await page.getByTestId('risk-likelihood').selectOption({ label: '4 · Likely' });
  await page.getByTestId('risk-impact').selectOption({ label: '4 · Major' });
  await expect(page.getByTestId('risk-score')).toHaveText('16');
  await addComplaint(page, '2026-01', '3');
  await addComplaint(page, '2026-02', '4');
  await addComplaint(page, '2026-03', '12');
  // Invalid input says why and stores nothing.
  await addComplaint(page, '2026-13', '2');
  await expect(page.getByRole('alert').filter({ hasText: /month/i })).toBeVisible();
  await addComplaint(page, '2026-04', '-2');
  await expect(page.getByRole('alert').filter({ hasText: /negative/i })).toBeVisible();
  await expect(page.getByTestId('complaint-stats')).toContainText('19');
  await page.getByRole('radio', { name: /Negative/ }).first().click();

  await addTouchpointInCell(page, 2, 1, 'Signing');
  await page.getByTestId('risk-likelihood').selectOption({ label: '2 · Unlikely' });
  await page.getByTestId('risk-impact').selectOption({ label: '3 · Moderate' });
  await addComplaint(page, '2026-03', '2');
  await page.getByRole('checkbox', { name: 'Right to know' }).check();

  const q = node(page, 'Questionnaire');
  await expect(q.getByTestId('badge-complaints')).toContainText('19');
  await expect(q.getByTestId('badge-risk')).toContainText('Critical');
  await expect(node(page, 'Signing').getByTestId('badge-risk')).toContainText('Medium');

  // Overlays colour nodes and show a legend.
  await page.getByLabel('Overlay').selectOption('risk');
  await expect(q).toHaveClass(/ov-lvl-critical/);
  await expect(page.getByTestId('overlay-control')).toContainText('Inherent risk level');
  await page.getByLabel('Overlay').selectOption('complaints');
  await expect(q).toHaveClass(/ov-heat-4/);
  await expect(node(page, 'Signing')).toHaveClass(/ov-heat-1/);
  await expect(page.getByTestId('emotion-curve')).toBeVisible();

  await page.getByRole('button', { name: 'Risk matrix' }).click();
  const matrix = page.getByTestId('risk-matrix');
  await expect(matrix.getByRole('cell', { name: /Likelihood 4, Impact 4/ })).toContainText('Questionnaire');
  await matrix.getByRole('button', { name: 'Signing' }).click();
  await expect(page.getByTestId('touchpoint-inspector')).toBeVisible();
  await expect(page.getByTestId('inspector-title')).toHaveValue('Signing');

  await page.getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('dash-by-stage')).toContainText('19');
  await expect(page.getByTestId('dash-top')).toContainText('Questionnaire');

  await page.getByRole('button', { name: 'Map' }).click();
  await waitSaved(page);
  await page.reload();
  await expect(node(page, 'Questionnaire').getByTestId('badge-complaints')).toContainText('19');
  await expect(node(page, 'Questionnaire').getByTestId('badge-risk')).toContainText('Critical');
  await node(page, 'Signing').click();
  await expect(page.getByRole('checkbox', { name: 'Right to know' })).toBeChecked();
  await expect(page.getByTestId('risk-score')).toHaveText('6');
  expect(errors).toEqual([]);
});
