/**
 * Privacy by default and bad input: a whole session — open, edit with markup in the text,
 * export — requests nothing outside the app's origin, breaks no Content-Security-Policy rule,
 * and renders the markup as text.
 */
import { expect, test } from '@playwright/test';
import { addTouchpointInCell, createJourney, node, waitSaved, watchErrors } from './helpers';
import { downloadText } from './reliabilityHelpers';

const XSS = '<img src=x onerror="window.__xss=1">';

// As a person gets it: with the service worker and its precache requests.
test.use({ serviceWorkers: 'allow' });

test('a full session stays on the app’s origin, within the CSP, and shows markup as text', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (ws) => requests.push(ws.url()));
  const errors = watchErrors(page);
  const cspConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspConsole.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:|\*/);

  await createJourney(page, '隐私 <b>journey</b>');
  await addTouchpointInCell(page, 0, 0, XSS);
  await addTouchpointInCell(page, 1, 1, '投诉处理 & <script>alert(1)</script>');
  await waitSaved(page);
  await expect(node(page, XSS)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await node(page, XSS).click();
  await expect(page.getByTestId('inspector-title')).toHaveValue(XSS);
  await page.getByRole('button', { name: 'Risk matrix' }).click().catch(() => undefined);
  await page.getByTestId('history-button').click();
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByTestId('storage-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up all journeys' }).click()]);
  const exported = JSON.parse(await downloadText(download));
  expect(exported.journeys[0].touchpoints.map((t: { title: string }) => t.title)).toContain(XSS);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.reload();
  await expect(node(page, XSS)).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(cspConsole).toEqual([]);
  const outside = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  expect(outside).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  expect(errors).toEqual([]);
});

test('a journey saved by a newer Touchmap opens read-only with a banner, and is left untouched', async ({ page }) => {
  const file = {
    format: 'touchmap',
    version: 1,
    journey: {
      id: 'j_from_the_future',
      name: 'From a newer app',
      description: '',
      sector: 'bank',
      settings: { complaintPeriod: 'month', riskBands: { low: 4, medium: 9, high: 14 }, gapThresholds: { hotspotWindow: 6, hotspotShare: 0.25, hotspotMinCount: 10, spikeFactor: 2, spikeMinDelta: 5 } },
      schemaVersion: 99,
      createdAt: '2030-01-01T00:00:00.000Z',
    },
    stages: [{ id: 's1', name: 'Stage', order: 'a0' }],
    channels: [{ id: 'c1', name: 'Channel', order: 'a0' }],
  };
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page).toHaveURL(/\/j\/j_from_the_future$/);
  await expect(page.getByRole('status').filter({ hasText: 'newer version of Touchmap' })).toBeVisible();
  await expect(page.getByLabel('Journey name')).toHaveAttribute('readonly', '');
  // Double-clicking a cell adds nothing.
  const stage = (await page.getByTestId('stage-header').first().boundingBox())!;
  const channel = (await page.getByTestId('channel-header').first().boundingBox())!;
  await page.mouse.dblclick(stage.x + stage.width / 2, channel.y + channel.height / 2);
  await page.waitForTimeout(300);
  await expect(page.getByTestId('touchpoint-node')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'newer version of Touchmap' })).toBeVisible();
});
