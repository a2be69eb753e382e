/**
 * Writes that cannot half-happen: while IndexedDB refuses every write (a full disk), edits stay
 * in the open document, a persistent error offers "Export now" (a file with every edit), and the
 * app retries; when writes work again everything is saved, and a reload shows every edit.
 */
import { expect, test } from '@playwright/test';
import { addTouchpointInCell, createJourney, node, waitSaved } from './helpers';
import { downloadText, installWriteFailures, setWritesFailing } from './reliabilityHelpers';

test('failed writes keep the document, show a persistent error with Export now, then recover', async ({ page }) => {
  await installWriteFailures(page);
  await createJourney(page, 'Quota');
  await addTouchpointInCell(page, 0, 0, 'Saved before');
  await waitSaved(page);

  await setWritesFailing(page, true);
  await addTouchpointInCell(page, 1, 1, 'Typed while the disk was full');
  await addTouchpointInCell(page, 2, 2, 'And another');
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(status).toHaveAttribute('role', 'alert');
  await expect(status).toContainText('storage is full');
  expect(await page.evaluate(() => (window as unknown as { __failedWrites: number }).__failedWrites)).toBeGreaterThan(0);
  // Nothing was lost from the open map, and the error stays while writes keep failing.
  await expect(node(page, 'Typed while the disk was full')).toBeVisible();
  await page.waitForTimeout(2500);
  await expect(status).toHaveAttribute('data-state', 'error');

  const [download] = await Promise.all([page.waitForEvent('download'), status.getByRole('button', { name: 'Export now' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Quota-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await downloadText(download));
  expect(exported.touchpoints.map((t: { title: string }) => t.title).sort()).toEqual(['And another', 'Saved before', 'Typed while the disk was full']);

  // Space is freed: the retry saves everything, and a reload shows it.
  await setWritesFailing(page, false);
  await expect(status).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  await page.reload();
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(3);
  await expect(node(page, 'Typed while the disk was full')).toBeVisible();
  await expect(node(page, 'And another')).toBeVisible();
});

test('an edit made just before the page goes away is flushed on pagehide and survives', async ({ page }) => {
  await createJourney(page, 'Flush');
  await addTouchpointInCell(page, 0, 0, 'Typed and gone');
  // No wait for "saved": the reload fires pagehide within the save debounce.
  await page.reload();
  await expect(node(page, 'Typed and gone')).toBeVisible();
  // Recovered edits are stored for good, and the unload journal is emptied.
  await waitSaved(page);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('touchmap:unsaved:')).length)).toBe(0);
  await page.reload();
  await expect(node(page, 'Typed and gone')).toBeVisible();
});
