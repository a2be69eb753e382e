import { expect, test, type Page } from '@playwright/test';
import { addTouchpointInCell, cellOf, createJourney, node, waitSaved, watchErrors } from './helpers';

async function connect(page: Page, from: string, to: string) {
  const source = node(page, from).locator('.react-flow__handle.source');
  const target = node(page, to).locator('.react-flow__handle.target');
  const a = (await source.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

test('draw a journey: touchpoints in lanes, connections, lane reorder, drag with undo/redo, reload', async ({ page }) => {
  const errors = watchErrors(page);
  await createJourney(page, 'Wealth product sale');

  await addTouchpointInCell(page, 0, 0, 'Risk questionnaire');
  await addTouchpointInCell(page, 1, 1, 'Product recommendation');
  await addTouchpointInCell(page, 2, 2, 'Signing');
  expect(await cellOf(page, 'Risk questionnaire')).toEqual({ stage: 'Awareness', channel: 'Branch' });
  expect(await cellOf(page, 'Product recommendation')).toEqual({ stage: 'Consideration', channel: 'App' });
  expect(await cellOf(page, 'Signing')).toEqual({ stage: 'Purchase', channel: 'Call centre' });

  await connect(page, 'Risk questionnaire', 'Product recommendation');
  await connect(page, 'Product recommendation', 'Signing');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // Add a stage, then move "Awareness" to the end: its touchpoint goes along.
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect(page.getByTestId('stage-header')).toHaveCount(6);
  await page.getByRole('button', { name: 'Move Awareness right' }).click();
  await expect(page.getByTestId('stage-header').nth(1)).toContainText('Awareness');
  const before = (await node(page, 'Risk questionnaire').boundingBox())!;
  expect(await cellOf(page, 'Risk questionnaire')).toEqual({ stage: 'Awareness', channel: 'Branch' });
  const consideration = (await page.getByTestId('stage-header').nth(0).boundingBox())!;
  expect(before.x).toBeGreaterThan(consideration.x + consideration.width - 5);

  // Drag "Signing" into another cell; one undo puts it back, redo moves it again.
  await page.getByRole('button', { name: 'Panels' }).click(); // more room
  const signing = (await node(page, 'Signing').boundingBox())!;
  const target = (await page.getByTestId('stage-header').nth(3).boundingBox())!;
  const lane = (await page.getByTestId('channel-header').nth(0).boundingBox())!;
  await page.mouse.move(signing.x + 60, signing.y + 40);
  await page.mouse.down();
  await page.mouse.move(signing.x + 80, signing.y + 20, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, lane.y + lane.height / 2, { steps: 12 });
  await page.mouse.up();
  expect(await cellOf(page, 'Signing')).toEqual({ stage: 'Use', channel: 'Branch' });

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  expect(await cellOf(page, 'Signing')).toEqual({ stage: 'Purchase', channel: 'Call centre' });
  await page.keyboard.press('Control+Shift+z');
  expect(await cellOf(page, 'Signing')).toEqual({ stage: 'Use', channel: 'Branch' });

  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(3);
  await expect(page.getByTestId('stage-header')).toHaveCount(6);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  expect(await cellOf(page, 'Signing')).toEqual({ stage: 'Use', channel: 'Branch' });
  expect(await cellOf(page, 'Risk questionnaire')).toEqual({ stage: 'Awareness', channel: 'Branch' });
  await expect(page.getByTestId('stage-header').nth(1)).toContainText('Awareness');
  expect(errors).toEqual([]);
});
