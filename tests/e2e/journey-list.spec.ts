import { expect, test } from '@playwright/test';
import { addTouchpointInCell, createJourney, waitSaved, watchErrors } from './helpers';

test('journey list: create, rename, duplicate, delete with confirmation, newest edit first, URL', async ({ page }) => {
  const errors = watchErrors(page);
  await createJourney(page, 'Credit card', 'Bank');
  await addTouchpointInCell(page, 0, 0, 'Application');
  await waitSaved(page);
  const url = page.url();
  await page.getByRole('button', { name: 'All journeys' }).click();
  await expect(page).toHaveURL(/\/$/);

  await createJourney(page, 'Telesales', 'Insurance');
  await page.goBack();
  await expect(page.getByTestId('journey-card')).toHaveCount(2);
  await expect(page.getByTestId('journey-card').first()).toContainText('Telesales');
  await expect(page.getByTestId('journey-card').first()).toContainText('Insurance');

  // Rename the older one: it becomes the newest edit.
  const card = page.getByTestId('journey-card').filter({ hasText: 'Credit card' });
  await card.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('dialog').getByLabel('New name').fill('Credit card life cycle');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('journey-card').first()).toContainText('Credit card life cycle');
  await expect(page.getByTestId('journey-card').first()).toContainText('1 touchpoints');

  await page.getByTestId('journey-card').first().getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('journey-card')).toHaveCount(3);
  await expect(page.getByTestId('journey-card').first()).toContainText('Credit card life cycle (copy)');

  // Delete asks first; cancelling keeps it.
  const copy = page.getByTestId('journey-card').filter({ hasText: '(copy)' });
  await copy.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('Delete “Credit card life cycle (copy)”?');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('journey-card')).toHaveCount(3);
  await copy.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('journey-card')).toHaveCount(2);

  // The URL names the journey: opening it directly (bookmark) lands in the editor.
  await page.goto(url);
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(1);
  await expect(page.getByLabel('Journey name')).toHaveValue('Credit card life cycle');
  await page.goto('/j/does-not-exist');
  await expect(page.getByText('This journey does not exist on this device.')).toBeVisible();
  expect(errors).toEqual([]);
});
