/**
 * The in-browser measurements, on headless Chromium through playwright-core: a fresh browser per
 * run; the same viewports, pans and drags on Touchmap (journey stored in IndexedDB through the
 * app's own import) and on the bare React Flow baseline (nodes from memory).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BenchViewport, BenchWindow, RecorderState } from './pageApi';
import { frameStats, median, type FrameStats } from './stats';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];
export const WINDOW = { width: 1440, height: 900 };
const PAN_MS = 3000;
const DRAG_MS = 2500;

/**
 * Injected before any page script: notes when the expected number of nodes (`?expect=N`) is
 * rendered — React Flow nodes in the DOM and not hidden for measuring, plus the touchpoints
 * Touchmap's far layer reports drawn (`data-far-drawn`): `openAt`; and when they are first on
 * screen at all, the editor's or Touchmap's opening preview (`data-preview-drawn`): `firstAt`.
 * Also records rAF timestamps on demand.
 */
function pageRecorder() {
  const w = window as unknown as BenchWindow;
  const state: RecorderState = { openAt: null, firstAt: null, frames: null };
  w.__bench = state;
  const expect = Number(new URLSearchParams(location.search).get('expect') || 0);
  if (expect) {
    const count = (selector: string, attr: string) => Number(document.querySelector(selector)?.getAttribute(attr) ?? 0);
    const tick = () => {
      let shown = count('[data-far-drawn]', 'data-far-drawn');
      for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) if (el.style.visibility !== 'hidden') shown++;
      const now = performance.now();
      if (state.firstAt === null && Math.max(shown, count('[data-preview-drawn]', 'data-preview-drawn')) >= expect) state.firstAt = now;
      if (shown >= expect) state.openAt = now;
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
  w.__benchRecord = {
    start() {
      const frames: number[] = [];
      state.frames = frames;
      const f = (t: number) => {
        if (state.frames !== frames) return;
        frames.push(t);
        requestAnimationFrame(f);
      };
      requestAnimationFrame(f);
    },
    stop() {
      const frames = state.frames ?? [];
      state.frames = null;
      return frames;
    },
  };
}

export interface Scene {
  /** Zoom 1, centred on the middle of the map (drags), and at its left edge (the pan's start). */
  work: BenchViewport;
  panStart: BenchViewport;
  fit: BenchViewport;
  /** The node to drag, and the 50 nodes nearest the centre (it among them). */
  dragId: string;
  group: string[];
}

export interface RunResult {
  openMs: number;
  firstRenderMs: number;
  heapMB: number;
  panNormal: FrameStats;
  panFit: FrameStats;
  drag1: FrameStats;
  drag50: FrameStats;
  edit?: { bytes: number; updates: number; rowsWritten: number; rowBytes: number; flushMs: number; editToSavedMs: number };
  editorJs?: string[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME, args: ARGS, headless: true });
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: WINDOW, serviceWorkers: 'block', locale: 'en-US' });
  const page = await context.newPage();
  // tsx keeps function names with a `__name` helper the page lacks: page functions need it.
  await page.addInitScript('globalThis.__name ??= (f) => f;');
  await page.addInitScript(pageRecorder);
  return page;
}

/** Waits until frames come at the display rate again (or 4 s), so one step does not bleed into the next. */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const start = performance.now();
        let last = start;
        let calm = 0;
        const f = (t: number) => {
          calm = t - last < 25 ? calm + 1 : 0;
          last = t;
          if (calm >= 10 || t - start > 4000) resolve();
          else requestAnimationFrame(f);
        };
        requestAnimationFrame(f);
      }),
  );
  await page.waitForTimeout(150);
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

async function setViewport(page: Page, vp: BenchViewport) {
  await page.evaluate((v) => (window as unknown as BenchWindow).__benchFlow!.setViewport(v), vp);
  await settle(page);
}

/** Pans for 3 s in the page, one viewport step per frame: a steady drift plus a circle. */
async function pan(page: Page, from: BenchViewport, drift: number, radius: number): Promise<FrameStats> {
  await setViewport(page, from);
  const ts = await page.evaluate(
    ({ from, drift, radius, ms }) =>
      new Promise<number[]>((resolve) => {
        const flow = (window as unknown as BenchWindow).__benchFlow!;
        const ts: number[] = [];
        const step = (t: number) => {
          ts.push(t);
          const e = t - ts[0];
          if (e >= ms) return resolve(ts);
          const a = (2 * Math.PI * e) / 1500;
          flow.setViewport({ x: from.x - (drift * e) / 1000 + radius * Math.sin(a), y: from.y + radius * (1 - Math.cos(a)), zoom: from.zoom });
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    { from, drift, radius, ms: PAN_MS },
  );
  return frameStats(ts);
}

/** Drags a node with the real mouse (CDP input events) in circles for 2.5 s. */
async function drag(page: Page, nodeId: string): Promise<FrameStats> {
  const box = await page.locator(`.react-flow__node[data-id="${nodeId}"]`).boundingBox();
  if (!box) throw new Error(`node ${nodeId} is not on screen`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 4, cy + 4);
  await page.evaluate(() => (window as unknown as BenchWindow).__benchRecord.start());
  const t0 = Date.now();
  for (let i = 1; Date.now() - t0 < DRAG_MS; i++) {
    const a = i * 0.06;
    await page.mouse.move(cx + 4 + 120 * Math.sin(a), cy + 4 + 60 * (1 - Math.cos(a)));
  }
  const ts = await page.evaluate(() => (window as unknown as BenchWindow).__benchRecord.stop());
  await page.mouse.up();
  await settle(page);
  return frameStats(ts);
}

async function measureScene(page: Page, scene: Scene): Promise<Pick<RunResult, 'panNormal' | 'panFit' | 'drag1' | 'drag50'>> {
  const panNormal = await pan(page, scene.panStart, 600, 60);
  const panFit = await pan(page, scene.fit, 0, 80);
  await page.evaluate(() => (window as unknown as BenchWindow).__benchFlow!.select([]));
  await setViewport(page, scene.work);
  const drag1 = await drag(page, scene.dragId);
  await setViewport(page, scene.work);
  await page.evaluate((ids) => (window as unknown as BenchWindow).__benchFlow!.select(ids), scene.group);
  await settle(page);
  const drag50 = await drag(page, scene.dragId);
  return { panNormal, panFit, drag1, drag50 };
}

async function waitOpen(page: Page): Promise<{ openMs: number; firstRenderMs: number }> {
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.openAt !== null, null, { timeout: 120_000, polling: 100 });
  return page.evaluate(() => ({ openMs: (window as unknown as BenchWindow).__bench.openAt!, firstRenderMs: (window as unknown as BenchWindow).__bench.firstAt! }));
}

/** The canvas area of the editor (the baseline page gets the same size). */
export interface CanvasSize {
  width: number;
  height: number;
}

export async function runTouchmap(
  browser: Browser,
  base: string,
  n: number,
  fixture: string,
  scene: (canvas: CanvasSize) => Scene,
): Promise<{ result: RunResult; canvas: CanvasSize }> {
  const page = await newPage(browser);
  await page.goto(`${base}/?bench=1`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__touchmapBench?.ready === true);
  const id = await page.evaluate((url) => (window as unknown as BenchWindow).__touchmapBench!.importJourney(url), fixture);
  // A first open, as after an import; Touchmap caches a large map's preview a few seconds later.
  // The measured open is the next one: opening a journey one has worked on.
  await page.goto(`${base}/j/${id}?bench=1&expect=${n}`);
  await waitOpen(page);
  await page.waitForTimeout(3500);
  const js = new Set<string>();
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) js.add(new URL(r.url()).pathname);
  });
  await page.goto(`${base}/j/${id}?bench=1&expect=${n}`);
  const open = await waitOpen(page);
  const editorJs = [...js];
  const canvasBox = (await page.locator('.react-flow').boundingBox())!;
  const canvas = { width: Math.round(canvasBox.width), height: Math.round(canvasBox.height) };
  await settle(page);
  const heap = await heapMB(page);
  const s = scene(canvas);
  const frames = await measureScene(page, s);
  const hook = (p: Page) => p.evaluate(async ({ id }) => {
    const h = (window as unknown as BenchWindow).__touchmapBench!;
    await h.measureEdit(id, 'warm-up edit');
    await new Promise((r) => setTimeout(r, 300));
    const edits = [];
    for (let i = 0; i < 5; i++) edits.push(await h.measureEdit(id, `edit ${i} · ${Date.now()}`));
    const saved = [];
    for (let i = 0; i < 3; i++) saved.push(await h.editToSaved(id, `saved ${i} · ${Date.now()}`));
    return { edits, saved };
  }, { id: s.dragId });
  const { edits, saved } = await hook(page);
  const edit = {
    bytes: median(edits.map((e) => e.bytes)),
    updates: Math.max(...edits.map((e) => e.updates)),
    rowsWritten: Math.max(...edits.map((e) => e.rowsWritten)),
    rowBytes: median(edits.map((e) => e.rowBytes)),
    flushMs: median(edits.map((e) => e.flushMs)),
    editToSavedMs: median(saved),
  };
  await page.context().close();
  return { result: { ...open, heapMB: heap, ...frames, edit, editorJs }, canvas };
}

export async function runBaseline(browser: Browser, pageUrl: string, n: number, canvas: CanvasSize, scene: Scene): Promise<RunResult> {
  const page = await newPage(browser);
  const size = `w=${canvas.width}&h=${canvas.height}`;
  // One small load first, so the baseline's scripts come from the cache like the app's do.
  await page.goto(`${pageUrl}?n=10&${size}`);
  await page.goto(`${pageUrl}?n=${n}&${size}&expect=${n}`);
  const open = await waitOpen(page);
  await settle(page);
  const heap = await heapMB(page);
  const frames = await measureScene(page, scene);
  await page.context().close();
  return { ...open, heapMB: heap, ...frames };
}

/** Opens and closes the journey ten times in one page (in-app navigation): heap after GC. */
export async function runCycles(browser: Browser, base: string, n: number, fixture: string, cycles = 10): Promise<{ closed: number[]; open: number[] }> {
  const page = await newPage(browser);
  await page.goto(`${base}/?bench=1`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__touchmapBench?.ready === true);
  const id = await page.evaluate((url) => (window as unknown as BenchWindow).__touchmapBench!.importJourney(url), fixture);
  const closed: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < cycles; i++) {
    await page.evaluate((path) => (window as unknown as BenchWindow).__touchmapBench!.navigate(path), `/j/${id}`);
    await page.waitForFunction(
      (expect) =>
        Number(document.querySelector('[data-far-drawn]')?.getAttribute('data-far-drawn') ?? 0) +
          [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((el) => el.style.visibility !== 'hidden').length >=
        expect,
      n,
      { timeout: 120_000, polling: 100 },
    );
    await settle(page);
    open.push(await heapMB(page));
    await page.evaluate(() => (window as unknown as BenchWindow).__touchmapBench!.navigate('/'));
    await page.waitForSelector('.list-page');
    await settle(page);
    await page.waitForTimeout(300);
    closed.push(await heapMB(page));
  }
  await page.context().close();
  return { closed, open };
}
