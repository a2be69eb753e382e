/** Drivers for the editor in e2e tests: create journeys, add touchpoints in cells, read state. */
import { expect, type Page } from '@playwright/test';

export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function createJourney(page: Page, name: string, sector: 'Bank' | 'Insurance' | 'Bank and insurance' = 'Bank') {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel(sector, { exact: true }).check();
  await dialog.getByRole('button', { name: 'New journey' }).click();
  await expect(page).toHaveURL(/\/j\//);
  await expect(page.getByTestId('stage-header')).toHaveCount(5);
}

export async function cellCentre(page: Page, stageIndex: number, channelIndex: number) {
  const stage = await page.getByTestId('stage-header').nth(stageIndex).boundingBox();
  const channel = await page.getByTestId('channel-header').nth(channelIndex).boundingBox();
  if (!stage || !channel) throw new Error('lane headers not visible');
  return { x: stage.x + stage.width / 2, y: channel.y + channel.height / 2 };
}

/** Double-clicks a cell and types the new touchpoint's title. */
export async function addTouchpointInCell(page: Page, stageIndex: number, channelIndex: number, title: string) {
  const p = await cellCentre(page, stageIndex, channelIndex);
  const before = await page.getByTestId('touchpoint-node').count();
  await page.mouse.dblclick(p.x, p.y);
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(before + 1);
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  return node(page, title);
}

export function node(page: Page, title: string) {
  return page.getByTestId('touchpoint-node').filter({ hasText: title });
}

export async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

/** Which stage column and channel lane a node's centre lies in, by header positions. */
export async function cellOf(page: Page, title: string): Promise<{ stage: string; channel: string }> {
  const box = await node(page, title).boundingBox();
  if (!box) throw new Error(`node ${title} not visible`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const stages = page.getByTestId('stage-header');
  const channels = page.getByTestId('channel-header');
  let stage = '';
  let channel = '';
  for (let i = 0; i < (await stages.count()); i++) {
    const b = (await stages.nth(i).boundingBox())!;
    if (cx >= b.x && cx < b.x + b.width) stage = (await stages.nth(i).locator('.lane-name').textContent()) ?? '';
  }
  for (let i = 0; i < (await channels.count()); i++) {
    const b = (await channels.nth(i).boundingBox())!;
    if (cy >= b.y && cy < b.y + b.height) channel = (await channels.nth(i).locator('.lane-name').textContent()) ?? '';
  }
  return { stage, channel };
}
