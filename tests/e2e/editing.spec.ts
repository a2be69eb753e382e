import { expect, test } from '@playwright/test';
import { addTouchpointInCell, cellCentre, cellOf, createJourney, node, waitSaved, watchErrors } from './helpers';

test('select, duplicate, delete, nudge, notes and find', async ({ page }) => {
  const errors = watchErrors(page);
  await createJourney(page, 'Editing');
  await addTouchpointInCell(page, 0, 0, 'Alpha');
  await addTouchpointInCell(page, 1, 0, 'Beta');
  await addTouchpointInCell(page, 2, 1, 'Gamma');

  // Shift-click selects two; Ctrl+D duplicates both as one step; undo removes both copies.
  await node(page, 'Alpha').click();
  await node(page, 'Beta').click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Control+d');
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(5);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(3);

  // Box select from empty canvas around Alpha and Beta, then delete; undo brings them back.
  const a = (await node(page, 'Alpha').boundingBox())!;
  const b = (await node(page, 'Beta').boundingBox())!;
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.mouse.move(a.x - 15, a.y - 12);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width + 15, b.y + b.height + 12, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(3);

  // Arrow keys nudge the selection.
  await node(page, 'Gamma').click();
  const g0 = (await node(page, 'Gamma').boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await node(page, 'Gamma').boundingBox())!.x).toBeGreaterThan(g0.x + 5);

  // Edit title and kind in the side panel.
  await page.getByTestId('inspector-title').fill('Gamma signing');
  await page.getByTestId('inspector-title').press('Enter');
  await page.getByTestId('inspector-kind').selectOption({ label: 'Disclosure and signing' });
  await expect(node(page, 'Gamma signing')).toContainText('Disclosure and signing');

  // A sticky note.
  await page.getByRole('button', { name: 'Note' }).click();
  await page.keyboard.type('Ask compliance about 双录');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('note-node')).toContainText('Ask compliance about 双录');

  // Find by title and centre on it.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  await page.getByPlaceholder('Touchpoint title…').fill('beta');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected')).toContainText('Beta');

  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(3);
  await expect(page.getByTestId('note-node')).toContainText('双录');
  expect(errors).toEqual([]);
});

test('zoomed far out, a selection box selects the touchpoints it encloses', async ({ page }) => {
  const errors = watchErrors(page);
  await createJourney(page, 'Far box');
  await addTouchpointInCell(page, 0, 0, 'Alpha');
  await addTouchpointInCell(page, 1, 0, 'Beta');
  await addTouchpointInCell(page, 2, 1, 'Gamma');
  // Far out the touchpoints are marks on one canvas, not React Flow nodes.
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  for (let i = 0; i < 12 && (await page.getByTestId('touchpoint-node').count()) > 0; i++) await zoomOut.click();
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(0);
  await expect(page.locator('[data-far-drawn]')).toHaveAttribute('data-far-drawn', '3');

  // A box across most of the canvas (clear of the overlay menu and the mini map) takes all three.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + 200, pane.y + 60);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 230, pane.y + pane.height - 40, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByText('3 items selected')).toBeVisible();

  // A box around nothing clears the selection; with Shift it would add to it.
  await page.mouse.move(pane.x + 200, pane.y + 60);
  await page.mouse.down();
  await page.mouse.move(pane.x + 240, pane.y + 90, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByText('3 items selected')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('removing a lane that holds touchpoints asks where they go', async ({ page }) => {
  await createJourney(page, 'Lanes');
  await addTouchpointInCell(page, 1, 2, 'In call centre');
  await page.getByRole('button', { name: 'Remove Call centre' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('It holds 1 touchpoint');
  await dialog.getByLabel('Move them to').selectOption({ label: 'App' });
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('channel-header')).toHaveCount(2);
  expect(await cellOf(page, 'In call centre')).toEqual({ stage: 'Consideration', channel: 'App' });
  // Undo brings the lane back with its touchpoint.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('channel-header')).toHaveCount(3);
  expect(await cellOf(page, 'In call centre')).toEqual({ stage: 'Consideration', channel: 'Call centre' });

  // Rename a stage by double-click, reorder a channel by dragging its header.
  await page.getByTestId('stage-header').nth(0).locator('.lane-name').dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Discover');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stage-header').nth(0)).toContainText('Discover');
  await page.getByTestId('channel-header').nth(2).dragTo(page.getByTestId('channel-header').nth(0));
  await expect(page.getByTestId('channel-header').nth(0)).toContainText('Call centre');
  expect(await cellOf(page, 'In call centre')).toEqual({ stage: 'Consideration', channel: 'Call centre' });
});

test('copy and paste between journeys keeps lanes by name, else the cell under the pointer', async ({ page }) => {
  await createJourney(page, 'Source');
  await addTouchpointInCell(page, 1, 1, 'Copied touchpoint');
  await node(page, 'Copied touchpoint').click();
  await page.keyboard.press('Control+c');
  await waitSaved(page);
  await createJourney(page, 'Target');
  const p = await cellCentre(page, 3, 0);
  await page.mouse.move(p.x, p.y);
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(1);
  expect(await cellOf(page, 'Copied touchpoint')).toEqual({ stage: 'Consideration', channel: 'App' });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(0);
});
