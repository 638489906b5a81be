import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { close, openDossier, seededPractice, signedIn, startConsultation } from './clinicalHelpers';

/** The smallest window the desktop app allows (electron-main.ts: minWidth 960, minHeight 640). */
const MINIMUM_WINDOW = { width: 960, height: 640 };

/**
 * How a bar is laid out: for each of its `items` with text on screen, how many lines its text takes and the vertical
 * middle of its box; and whether the bar's content is wider than the bar.
 */
async function barLayout(
  bar: Locator,
  items: string,
): Promise<{ lines: number[]; middles: number[]; spans: Array<[number, number]>; overflows: boolean }> {
  return bar.evaluate((element, selector) => {
    // A text hidden for the eye but kept for screen readers sits in a clipped box: not a line.
    const clipped = (node: Node, item: Element) => {
      for (let parent = node.parentElement; parent !== null && parent !== item.parentElement; parent = parent.parentElement) {
        if (getComputedStyle(parent).clip !== 'auto') return true;
      }
      return false;
    };
    const lineCount = (item: Element) => {
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      const rects: DOMRect[] = [];
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (node.textContent?.trim() === '' || clipped(node, item)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...Array.from(range.getClientRects()));
      }
      const middles = rects.map((rect) => rect.top + rect.height / 2).sort((a, b) => a - b);
      // Boxes of one line (a number badge beside its text) share their middle within a few pixels.
      return middles.filter((middle, index) => index === 0 || middle - (middles[index - 1] ?? middle) > 6).length;
    };
    // Items with text on screen; a hidden one (display: none) has no boxes.
    const found = Array.from(element.querySelectorAll(selector)).filter((item) => item.textContent.trim() !== '' && item.getClientRects().length > 0);
    return {
      lines: found.map(lineCount),
      middles: found.map((item) => {
        const box = item.getBoundingClientRect();
        return box.top + box.height / 2;
      }),
      spans: found.map((item): [number, number] => {
        const box = item.getBoundingClientRect();
        return [box.left, box.right];
      }),
      overflows: element.scrollWidth > element.clientWidth + 1,
    };
  }, items);
}

/** Every item on one line, all items side by side in one row without overlap, nothing pushed out of the bar. */
async function expectOneLine(bar: Locator, items: string, what: string): Promise<void> {
  const { lines, middles, spans, overflows } = await barLayout(bar, items);
  expect(lines.length, `${what}: items found`).toBeGreaterThan(2);
  expect(lines, `${what}: lines per item`).toEqual(lines.map(() => 1));
  expect(Math.max(...middles) - Math.min(...middles), `${what}: one row`).toBeLessThan(6);
  const overlapping = spans.filter(([, right], index) => index + 1 < spans.length && right > (spans[index + 1]?.[0] ?? Infinity) + 1);
  expect(overlapping, `${what}: items side by side, none over the next`).toEqual([]);
  expect(overflows, `${what}: fits the window`).toBe(false);
}

async function expectTopBarOnOneLine(page: Page, language: string): Promise<void> {
  await expectOneLine(page.locator('.shell__header'), '.shell__brand > *, .shell__nav a, .shell__user > :not(select, .visually-hidden)', `top bar (${language})`);
}

async function expectBarsOnOneLine(page: Page, language: string, tabsLabel: string): Promise<void> {
  await expectTopBarOnOneLine(page, language);
  await expectOneLine(page.getByRole('navigation', { name: tabsLabel }), 'a', `tab row (${language})`);
}

async function expectSectionsOnOneLine(page: Page, language: string, label: string): Promise<void> {
  await expectOneLine(page.getByRole('navigation', { name: label }), 'button', `consultation sections (${language})`);
}

/** The signed-in name and role at full length (not cut off with an ellipsis), on a window of `width` pixels. */
async function expectAccountReadable(page: Page, width: number, language: string): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  const cut = await page.locator('.shell__account').evaluate((account) =>
    [account, ...Array.from(account.children)]
      .filter((part) => part.getClientRects().length > 0 && getComputedStyle(part).clip === 'auto')
      .filter((part) => part.scrollWidth > part.clientWidth || part.getBoundingClientRect().right > window.innerWidth)
      .map((part) => part.textContent),
  );
  expect(cut, `name and role at ${width} px (${language})`).toEqual([]);
}

describe('the top bar and the tab rows', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('keep to one line at the smallest window in Dutch, French and English; the name and role read in full at 1360 px', async () => {
    const { directory } = await seededPractice('BE');
    const { app, page } = await signedIn(browser, directory);
    await expectAccountReadable(page, 1360, 'nl');
    await page.setViewportSize(MINIMUM_WINDOW);
    await expect(page.getByRole('link', { name: 'Mijn account' }).getAttribute('title')).resolves.toBe('Dr. Lotte Janssen · Arbeidsarts');
    await page.getByRole('link', { name: 'Preventie', exact: true }).click();
    await page.getByRole('link', { name: 'Personeelsbestand importeren' }).waitFor();
    await screenshot(page, 'bars-nl');
    await expectBarsOnOneLine(page, 'nl', 'Onderdelen');

    await page.getByLabel('Taal').selectOption('fr');
    await page.getByRole('link', { name: 'Importer le personnel' }).waitFor();
    await screenshot(page, 'bars-fr');
    await expectBarsOnOneLine(page, 'fr', 'Sections');
    await expectAccountReadable(page, 1360, 'fr');
    await page.setViewportSize(MINIMUM_WINDOW);

    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('link', { name: 'Import roster' }).waitFor();
    await screenshot(page, 'bars-en');
    await expectBarsOnOneLine(page, 'en', 'Sections');
    await expectAccountReadable(page, 1360, 'en');
    await screenshot(page, 'top-bar-en-1360');
    await page.setViewportSize(MINIMUM_WINDOW);

    // The sections of a consultation: one row, the current one named, in each language.
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('link', { name: 'Werknemers', exact: true }).click();
    await page.getByRole('heading', { name: 'Werknemers', exact: true }).waitFor();
    await openDossier(page);
    await startConsultation(page);
    const sections = page.getByRole('navigation', { name: 'Onderdelen van het consult' });
    await expect(sections.getByRole('button', { name: 'Rode vlaggen' }).getAttribute('title')).resolves.toBe('Rode vlaggen');
    await expectSectionsOnOneLine(page, 'nl', 'Onderdelen van het consult');
    await page.getByLabel('Taal').selectOption('fr');
    await page.getByLabel('Début des plaintes').waitFor();
    await page.getByRole('navigation', { name: 'Parties de la consultation' }).getByRole('button', { name: 'Constatations et conclusion' }).click();
    await page.getByRole('heading', { level: 2, name: 'Constatations et conclusion' }).waitFor();
    await screenshot(page, 'bars-fr-consultation');
    await expectTopBarOnOneLine(page, 'fr');
    await expectSectionsOnOneLine(page, 'fr', 'Parties de la consultation');
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Findings and conclusion' }).waitFor();
    await expectSectionsOnOneLine(page, 'en', 'Parts of the consultation');
    await close(app, page);
  });
});
