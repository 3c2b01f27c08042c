/**
 * A state's user, in a real browser, from the one-click sign-in link `npm start` prints: signs in,
 * uploads a report and sees it accepted, then finds the submissions and the receipt, the matrix and
 * the proposals to review, the contact points, the deadlines and the publication consent, in
 * English and in Arabic. Only what a person sees is used (roles and accessible names); axe-core
 * checks every page, and each is photographed (`test-artifacts/screenshots/`).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, chromiumAvailable, ensureWebBuild, launchChromium, newContext, startPortal, type RunningPortal } from './support/browser.js';

const run = chromiumAvailable();
const STEP = 60_000;

/** A short national report of France: a matrix finding and a point of contact for the review. */
const REPORT = [
  'Mission permanente de la République française auprès des Nations Unies',
  '',
  'New York, le 15 mars 2025',
  '',
  'Rapport national de la France sur la mise en œuvre de la résolution 1540 (2004).',
  '',
  "La France est partie au Traité sur la non-prolifération des armes nucléaires et à la Convention sur l'interdiction des armes chimiques.",
  "Le Code de la défense, article L1333-9, réprime l'acquisition et la détention de matières nucléaires sans autorisation.",
  '',
  'Point de contact national : Mme Marie Dupont, Direction des affaires stratégiques, marie.dupont@diplomatie.example.fr',
  '',
].join('\n');

describe.skipIf(!run)("a state's user in the web portal", () => {
  let portal: RunningPortal;
  let browser: Browser;
  let problems: string[];
  let page: Page;

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const visible = (locator: ReturnType<Page['getByRole']>) => expect.poll(() => locator.first().isVisible(), { timeout: 15_000 }).toBe(true);
  const open = async (link: string, title: string | RegExp) => {
    await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    await visible(heading(title));
  };

  beforeAll(async () => {
    ensureWebBuild();
    [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
    const context = await newContext(browser);
    problems = context.problems;
    page = await context.context.newPage();
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
    await visible(heading('France'));
    await visible(page.getByText('Signed in as local-fra'));
    await checkPage(page, 'state-overview');
  }, STEP);

  it('uploads a report by choosing its type and file, watches it go up, and sees it accepted', async () => {
    await open('Upload a report', 'Upload a report');
    await checkPage(page, 'state-upload');
    await page.getByLabel('Report type').selectOption({ label: 'National report' });
    await page.getByLabel('Report file').setInputFiles({ name: 'rapport-national.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'rapport-national.txt was accepted.' }).isVisible(), { timeout: 45_000 }).toBe(true);
    await checkPage(page, 'state-upload-accepted');
    await page.getByRole('link', { name: 'See the submission and its receipt' }).click();
    await visible(heading('rapport-national.txt'));
    await visible(page.getByRole('heading', { name: 'Receipt' }));
    await visible(page.getByRole('link', { name: 'Download the file' }));
    await checkPage(page, 'state-submission');
  }, STEP);

  it('sees a file the portal cannot read refused, with the reason', async () => {
    await open('Upload a report', 'Upload a report');
    await page.getByLabel('Report file').setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'scan.png was refused.' }).isVisible(), { timeout: 45_000 }).toBe(true);
    await visible(page.getByText(/^Reason: /));
    await checkPage(page, 'state-upload-refused');
  }, STEP);

  it('lists the submission among the state’s submissions', async () => {
    await open('Submissions', 'Submissions');
    const table = page.getByRole('table', { name: 'Submissions of France, newest first' });
    await visible(table.getByRole('row').filter({ hasText: 'rapport-national.txt' }).filter({ hasText: 'Accepted' }));
    await checkPage(page, 'state-submissions');
  }, STEP);

  it('reviews a matrix proposal beside its evidence: confirms it, for the secretariat to see', async () => {
    await open('Matrix and proposals', 'Matrix and proposals');
    const proposals = page.getByRole('article');
    await visible(proposals);
    await visible(page.getByRole('figure').filter({ hasText: 'L1333-9' }));
    await checkPage(page, 'state-matrix');
    await proposals.first().getByRole('button', { name: /^Confirm proposal / }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Your note was recorded.' }));
    await visible(page.getByRole('listitem').filter({ hasText: 'local-fra confirmed this.' }));
  }, STEP);

  it('designates the address the report named as a point of contact, and adds another', async () => {
    await open('Contact points', 'Contact points');
    await visible(page.getByRole('heading', { name: 'Addresses found in your reports' }));
    await checkPage(page, 'state-contacts');
    await page.getByRole('button', { name: /^Designate .* as a contact point$/ }).first().click();
    const contacts = page.getByRole('table', { name: 'Contact points of France' });
    await visible(contacts.getByRole('row').filter({ hasText: 'marie.dupont@diplomatie.example.fr' }).filter({ hasText: 'Active' }));

    await page.getByLabel('Name', { exact: true }).fill('Jean Martin');
    await page.getByLabel('E-mail address', { exact: true }).fill('jean.martin@diplomatie.example.fr');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await visible(contacts.getByRole('row').filter({ hasText: 'jean.martin@diplomatie.example.fr' }));
  }, STEP);

  it('sees the deadlines that concern the state', async () => {
    await open('Deadlines', 'Deadlines');
    await visible(page.getByText(/Nothing is due\.|Open deadlines of France/));
    await checkPage(page, 'state-deadlines');
  }, STEP);

  it('gives consent to publish the matrix and the report', async () => {
    await open('Publication', 'Publication');
    await page.getByRole('radio', { name: 'Publish the confirmed matrix' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Saved: the matrix is now Public.' }));
    // The box shows the recorded consent: it is ticked once the portal has recorded it.
    await page.getByRole('checkbox', { name: 'Publish rapport-national.txt' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'rapport-national.txt: Public.' }));
    await expect.poll(() => page.getByRole('checkbox', { name: 'Publish rapport-national.txt' }).isChecked()).toBe(true);
    await checkPage(page, 'state-publication');
  }, STEP);

  it('reads the pages in Arabic, right to left, and remembers the choice', async () => {
    await page.getByLabel('Language').selectOption({ label: 'العربية' });
    await visible(heading('النشر'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    // The English notice of the consent just given does not stay on the Arabic page.
    expect(await page.getByText('rapport-national.txt: Public').count()).toBe(0);
    await checkPage(page, 'state-publication-ar');
    await page.reload();
    await visible(heading('النشر'));
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.getByLabel('اللغة').selectOption({ label: 'English' });
    await visible(heading('Publication'));
  }, STEP);

  it("offers nothing of another state, and does not open another state's pages", async () => {
    const navigationLinks = await page.getByRole('navigation').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(navigationLinks.length).toBeGreaterThan(0);
    // The state's own pages, and the public pages every visitor has.
    expect(navigationLinks.every((href) => href?.startsWith('/states/FRA') || href?.startsWith('/public'))).toBe(true);
    expect(navigationLinks.some((href) => href?.startsWith('/states/FRA'))).toBe(true);
    await page.goto(`${portal.info.web}/states/DEU/matrix`);
    await visible(heading('Not available to you'));
  }, STEP);

  it('breaks no content security policy rule, and no page threw', () => {
    expect(problems).toEqual([]);
  });
});
