import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from './harness';
import { screenshot } from './screenshots';
import { close, openDossier, signedIn } from './clinicalHelpers';
import { practiceMidPlan } from './glanceSeed';

describe('the dossier at a glance', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('before', async () => {
    const { directory } = await practiceMidPlan();
    const { app, page } = await signedIn(browser, directory);
    await screenshot(page, 'glance-workers');
    await openDossier(page);
    await screenshot(page, 'glance-dossier');
    await close(app, page);
  });
});
