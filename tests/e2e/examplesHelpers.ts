/** Drivers for the examples: open one from the journey list as an editable copy. */
import { expect, type Page } from '@playwright/test';

/** Names of the examples in the order the gallery shows them (examples/index.json). */
export const EXAMPLE_NAMES = [
  '银行理财产品销售（网点与手机银行）',
  '保险电话销售：犹豫期与退保',
  '信用卡全生命周期：申请到催收',
  '互联网消费贷：App与第三方合作平台',
];

/** From the journey list (first run or not), opens a copy of example `index`; lands in the editor. */
export async function openExample(page: Page, index: number, startLabel = 'Start from an example') {
  await page.goto('/');
  await page.getByRole('button', { name: startLabel }).click();
  const card = page.getByTestId('example-card').nth(index);
  await card.getByRole('button').click();
  await expect(page).toHaveURL(/\/j\//);
  await expect(page.getByTestId('touchpoint-node').first()).toBeVisible();
}
