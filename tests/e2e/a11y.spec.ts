/**
 * Accessibility: axe-core on the journey list (first run, examples, journeys) and the editor (an
 * example open, the inspector showing a touchpoint, the gaps panel, the shortcut sheet) — no
 * serious or critical violations. Also: the editor is usable from the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExample } from './examplesHelpers';
import { node, watchErrors } from './helpers';

// One axe run takes several seconds on a map of a few dozen nodes: give these tests room.
test.describe.configure({ timeout: 150_000 });

async function expectNoSeriousViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`) }));
  expect(serious, `${where}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

test('journey list: first run, the example gallery and the list pass axe', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByTestId('first-run-guide')).toBeVisible();
  await expectNoSeriousViolations(page, 'first-run guide');

  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(page.getByTestId('example-card')).toHaveCount(4);
  await expectNoSeriousViolations(page, 'examples dialog');
  await page.getByRole('button', { name: 'Close' }).click();

  await openExample(page, 0);
  await page.getByRole('button', { name: 'All journeys' }).click();
  await expect(page.getByTestId('journey-card')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'journey list');
  expect(errors).toEqual([]);
});

test('editor: an example, and the inspector on a touchpoint, pass axe', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page, 0);
  await expectNoSeriousViolations(page, 'editor with an example');

  await node(page, '净值波动与定期报告披露').click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('净值波动与定期报告披露');
  await expectNoSeriousViolations(page, 'inspector on a touchpoint');
  expect(errors).toEqual([]);
});

test('editor: the gaps panel and the shortcut sheet pass axe', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page, 2);
  await page.getByRole('tab', { name: 'Gaps' }).click();
  await expect(page.getByRole('tab', { name: 'Gaps' })).toHaveAttribute('aria-selected', 'true');
  await expectNoSeriousViolations(page, 'gaps panel');

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  await expect(page.getByTestId('shortcut-sheet')).toBeVisible();
  await expectNoSeriousViolations(page, 'shortcut sheet');
  expect(errors).toEqual([]);
});

test('editor: an empty journey shows its guide and passes axe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Empty');
  await page.getByRole('dialog').getByRole('button', { name: 'New journey' }).click();
  await expect(page.getByTestId('canvas-guide')).toBeVisible();
  await expectNoSeriousViolations(page, 'empty journey');
});

test('keyboard only: reach the toolbar, open the shortcut sheet, add and name a touchpoint, with a visible focus', async ({ page }) => {
  await openExample(page, 1);
  const focusRing = async () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return { tag: el.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none' };
    });
  // Tab from the start of the page: the back link first, then the journey name, then the toolbar.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'All journeys' })).toBeFocused();
  const ring = await focusRing();
  expect(ring?.outline || ring?.shadow, 'focus is visible').toBe(true);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('toolbar', { name: 'Editor tools' }).getByRole('button', { name: /Note/ })).toBeFocused();

  // `?` opens the sheet; Escape closes it and gives focus back to the page.
  await page.keyboard.press('Shift+?');
  await expect(page.getByTestId('shortcut-sheet')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-sheet')).toBeHidden();

  // Tab reaches the touchpoints on the map (named by their titles, with a visible ring); Enter
  // selects one and the inspector shows it.
  let onNode = false;
  for (let i = 0; i < 80 && !onNode; i++) {
    await page.keyboard.press('Tab');
    onNode = await page.evaluate(() => document.activeElement?.classList.contains('react-flow__node-touchpoint') ?? false);
  }
  expect(onNode, 'a touchpoint takes keyboard focus').toBe(true);
  const nodeRing = await focusRing();
  expect(nodeRing?.outline || nodeRing?.shadow, 'focus on a touchpoint is visible').toBe(true);
  const focusedTitle = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  // Tab walks the journey: stage column by stage column (never back to an earlier column), not
  // in the order the touchpoints were created.
  const columnOfFocus = () =>
    page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      const cx = r.x + r.width / 2;
      return [...document.querySelectorAll('[data-testid="stage-header"]')].findIndex((h) => {
        const b = h.getBoundingClientRect();
        return cx >= b.left && cx < b.right;
      });
    });
  const columns = [await columnOfFocus()];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (!(await page.evaluate(() => document.activeElement?.classList.contains('react-flow__node-touchpoint')))) break;
    columns.push(await columnOfFocus());
  }
  expect(columns.length, 'several touchpoints in a row take focus').toBeGreaterThan(2);
  expect(columns[0]).toBe(0);
  expect(columns).toEqual([...columns].sort((a, b) => a - b));
  for (let i = 0; i < columns.length - 1; i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector-title')).toHaveValue(focusedTitle ?? '');
  await page.keyboard.press('Escape');

  // T adds a touchpoint at the centre of the view, ready to type its title.
  const before = await page.getByTestId('touchpoint-node').count();
  await page.keyboard.press('t');
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(before + 1);
  await page.keyboard.type('键盘添加');
  await page.keyboard.press('Enter');
  await expect(node(page, '键盘添加')).toBeVisible();
});
