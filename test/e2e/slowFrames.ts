import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __heldFrames?: { held: boolean; queue: FrameRequestCallback[] };
  }
}

/**
 * Makes animation frames late at will, as on a busy machine: while held, callbacks given to
 * `requestAnimationFrame` wait until `releaseFrames`. Install before the page loads.
 */
export async function installFrameControl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = { held: false, queue: [] as FrameRequestCallback[] };
    window.__heldFrames = state;
    const original = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      if (!state.held) return original(callback);
      state.queue.push(callback);
      return 0;
    };
  });
}

export async function holdFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.__heldFrames) window.__heldFrames.held = true;
  });
}

/** Runs every late frame callback, then resolves after the next two frames have been drawn. */
export async function releaseFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const state = window.__heldFrames;
        if (state) {
          state.held = false;
          for (const callback of state.queue.splice(0)) window.requestAnimationFrame(callback);
        }
        window.requestAnimationFrame(() => window.requestAnimationFrame(() => resolve()));
      }),
  );
}
