/** Drivers for the reliability e2e tests: stubbed browser storage, failing IndexedDB writes, downloads. */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';

/** Replaces navigator.storage: headless Chromium's own answer to persist() is not under test. */
export async function stubStorage(page: Page, opts: { persisted: boolean; grant: boolean; usage?: number; quota?: number }) {
  await page.addInitScript((o) => {
    let persisted = o.persisted;
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: async () => persisted,
        persist: async () => {
          persisted = persisted || o.grant;
          return persisted;
        },
        estimate: async () => ({ usage: o.usage ?? 5 * 1024 * 1024, quota: o.quota ?? 2 * 1024 ** 3 }),
      },
    });
  }, opts);
}

/**
 * Makes every IndexedDB add/put throw QuotaExceededError while `window.__failWrites` is true,
 * the way a full disk does.
 */
export async function installWriteFailures(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __failWrites?: boolean; __failedWrites?: number };
    w.__failedWrites = 0;
    for (const name of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[name];
      IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__failWrites) {
          w.__failedWrites = (w.__failedWrites ?? 0) + 1;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      } as typeof original;
    }
  });
}

export async function setWritesFailing(page: Page, failing: boolean) {
  await page.evaluate((f) => {
    (window as unknown as { __failWrites?: boolean }).__failWrites = f;
  }, failing);
}

export async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** Drops a file on the page the way a person dragging it from the desktop does. */
export async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      const target = document.querySelector('.list-main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    },
    { name, text },
  );
}
