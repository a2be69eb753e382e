/**
 * Offline: after one visit the service worker has precached the build, so with the network off
 * the app reloads, opens the journey, edits and saves (IndexedDB needs no network), and exports
 * a PDF with its Chinese font and symbols.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { addTouchpointInCell, createJourney, node, waitSaved } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('loads, edits and saves with the network off after the first visit', async ({ page, context }) => {
  await page.goto('/');
  // The service worker installs, precaches the build and takes control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  await createJourney(page, 'Offline journey');
  await addTouchpointInCell(page, 0, 0, 'Made online');
  await waitSaved(page);
  const url = page.url();

  await context.setOffline(true);
  await page.reload();
  await expect(node(page, 'Made online')).toBeVisible();
  await addTouchpointInCell(page, 2, 1, 'Made offline');
  await waitSaved(page);

  // Still offline: the list and the journey load again, with the offline edit.
  await page.goto('/');
  await expect(page.getByTestId('journey-card')).toContainText('2 touchpoints');
  await page.goto(url);
  await expect(node(page, 'Made offline')).toBeVisible();

  // A PDF made offline embeds the Chinese font and the symbol slices it needs.
  await node(page, 'Made offline').dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('离线导出的触点');
  await page.keyboard.press('Enter');
  await waitSaved(page);
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 40_000 }),
    page.getByRole('menu', { name: 'Export and import' }).locator('[data-format="pdf-a4"]').click(),
  ]);
  const pdf = (await readFile((await download.path())!)).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  expect(pdf).toMatch(/\/FontName \/tm-noto-sc\b/);
  // ▲ ▼ of the legend come from two precached symbol slices.
  expect(pdf.match(/\/FontName \/[\w-]+/g)).toEqual(expect.arrayContaining(['/FontName /tm-noto-sc-102', '/FontName /tm-noto-sc-105']));
  await context.setOffline(false);
});
