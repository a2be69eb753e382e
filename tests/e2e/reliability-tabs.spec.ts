/**
 * Two tabs on the same journey (two pages of one browser context share IndexedDB): both edit
 * different touchpoints at once, each sees the other's edits live, and after reloading both,
 * every edit is there.
 */
import { expect, test, type Page } from '@playwright/test';
import { addTouchpointInCell, cellCentre, createJourney, node, waitSaved, watchErrors } from './helpers';

/** Adds a touchpoint while another tab adds its own (node counts change under us): waits for the title editor. */
async function addConcurrently(page: Page, stage: number, channel: number, title: string) {
  const p = await cellCentre(page, stage, channel);
  await page.mouse.dblclick(p.x, p.y);
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid="touchpoint-node"]') != null);
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(node(page, title)).toBeVisible();
}

test('two tabs edit at once; both see everything; after a reload every edit survives', async ({ page, context }) => {
  const errors = watchErrors(page);
  await createJourney(page, 'Two tabs');
  await addTouchpointInCell(page, 0, 0, 'Shared start');
  await waitSaved(page);
  const second = await context.newPage();
  const errors2 = watchErrors(second);
  await second.goto(page.url());
  await expect(node(second, 'Shared start')).toBeVisible();

  // Both tabs edit different touchpoints at the same time.
  await Promise.all([
    (async () => {
      await addConcurrently(page, 1, 0, 'From tab one');
      await node(page, 'Shared start').click();
      await page.getByTestId('inspector-title').fill('Renamed in tab one');
      await page.getByTestId('inspector-title').press('Enter');
    })(),
    (async () => {
      await addConcurrently(second, 3, 2, 'From tab two');
      await addConcurrently(second, 4, 1, 'Also tab two');
    })(),
  ]);
  for (const p of [page, second]) {
    await expect(p.getByTestId('touchpoint-node')).toHaveCount(4);
    for (const title of ['Renamed in tab one', 'From tab one', 'From tab two', 'Also tab two']) await expect(node(p, title)).toBeVisible();
  }
  // Undo in tab two reverts only tab two's own last gesture (typing the title, then adding it).
  await second.keyboard.press('Control+Z');
  await second.keyboard.press('Control+Z');
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(3);
  await expect(node(page, 'Also tab two')).toHaveCount(0);
  await expect(node(page, 'From tab one')).toBeVisible();
  await waitSaved(page);
  await waitSaved(second);

  await Promise.all([page.reload(), second.reload()]);
  for (const p of [page, second]) {
    await expect(p.getByTestId('touchpoint-node')).toHaveCount(3);
    for (const title of ['Renamed in tab one', 'From tab one', 'From tab two']) await expect(node(p, title)).toBeVisible();
  }
  expect([...errors, ...errors2]).toEqual([]);
});
