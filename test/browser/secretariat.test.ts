/**
 * The secretariat in a real browser, from the one-click sign-in link `npm start` prints: sees the
 * 193 member states, finds a proposal awaiting review on the heat-map, accepts it with the keyboard
 * and sees the cell change; confirms a deadline read from a Committee document with who must act;
 * reads the quarantine and the reminders; keeps the outreach calendar. Only what a person sees is
 * used (roles and accessible names); axe-core checks every page, and each is photographed.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, chromiumAvailable, ensureWebBuild, launchChromium, newContext, startPortal, type RunningPortal } from './support/browser.js';
import { seedBouncedContact, seedContactProposal, seedMatrixProposal, seedPortal, seedProposedDeadline, seedRefusedUpload } from './support/seedPortal.js';

const run = chromiumAvailable();
const OP1 = 'OP1 — no support to non-State actors';

describe.skipIf(!run)('the secretariat in the web portal', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let problems: string[];
  let page: Page;

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const visible = (locator: ReturnType<Page['getByRole']>) => expect.poll(() => locator.isVisible(), { timeout: 15_000 }).toBe(true);
  /** The open proposal has the focus (its keys work there). */
  const openProposalFocused = (name: string) =>
    expect.poll(() => page.getByRole('region', { name: new RegExp(name) }).evaluate((panel) => panel.ownerDocument.activeElement === panel), { timeout: 15_000 }).toBe(true);
  const openFromNavigation = async (name: string) => {
    await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await visible(heading(name));
  };

  beforeAll(async () => {
    ensureWebBuild();
    [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
    await seedPortal(portal.info, async (store) => {
      await seedMatrixProposal(store, 'KEN', 'op1', 'Section 4 of the Act prohibits any support to non-State actors.', 0.95);
      await seedMatrixProposal(store, 'KEN', 'op6.control_lists', 'A national control list is being drafted.', 0.4);
      await seedContactProposal(store, 'KEN', { name: 'J. Otieno', email: 'nca@example.go.ke', role: 'National Authority' });
      await seedProposedDeadline(store, 'pow-2027-review', 'Comprehensive review report', 'The Committee shall submit its comprehensive review by 30 June 2027.');
      await seedRefusedUpload(store, 'CHL', 'protected-report.pdf');
      await seedBouncedContact(store, 'PER', { name: 'M. Quispe', email: 'desk@rree.example.gob.pe' }, '2026-03-06T09:30:00.000Z');
    });
    ({ context, problems } = await newContext(browser));
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('signs in with the printed link and sees the 193 member states on the dashboard', async () => {
    const link = portal.info.webSignIn?.secretariat;
    expect(portal.banner).toContain(link);
    await page.goto(link!);
    await visible(heading('Dashboard'));
    await visible(page.getByRole('table', { name: 'Member states (193 shown)' }));
    await checkPage(page, 'secretariat-dashboard');

    await page.getByLabel('Search states').fill('Keny');
    await visible(page.getByRole('table', { name: 'Member states (1 shown)' }));
    await visible(page.getByRole('rowheader', { name: /Kenya/ }));
    await page.getByLabel('Search states').fill('');
    await page.getByLabel('Show').selectOption({ label: 'Not reported' });
    await page.getByRole('button', { name: /Last submission/ }).click();
    await visible(page.getByRole('columnheader', { name: /Last submission/ }).and(page.locator('[aria-sort="ascending"]')));
  }, 60_000);

  // The heat-map is the portal's largest page (every state by every element): its accessibility check and full-page
  // screenshot take most of this test, about 25 s on a 2-core machine with other work on it.
  it('finds the proposal on the heat-map and opens the cell with its evidence', async () => {
    await openFromNavigation('Matrix heat-map');
    await visible(page.getByRole('link', { name: `Kenya, ${OP1}: Awaiting review` }));
    await checkPage(page, 'secretariat-heat-map');
    await page.getByRole('link', { name: `Kenya, ${OP1}: Awaiting review` }).click();
    await visible(heading(`Kenya: ${OP1}`));
    await visible(page.getByText('Section 4 of the Act prohibits any support to non-State actors.'));
    await checkPage(page, 'secretariat-matrix-cell');
  }, 120_000);

  it('accepts the proposal with the keyboard, and the heat-map shows the measure', async () => {
    await openFromNavigation('Review queue');
    await visible(page.getByText('Press A to accept', { exact: false }));
    await checkPage(page, 'secretariat-review');
    await page.getByRole('button', { name: `Kenya: ${OP1} (Yes)` }).click();
    await openProposalFocused(`Kenya: ${OP1}`);
    await page.keyboard.press('a');
    await visible(page.getByRole('status').filter({ hasText: `Accepted: Kenya: ${OP1} (Yes)` }));
    await visible(page.getByRole('table', { name: 'Proposals awaiting review (2)' }));

    await openFromNavigation('Matrix heat-map');
    await visible(page.getByRole('link', { name: `Kenya, ${OP1}: Measure confirmed` }));
    await visible(page.getByRole('link', { name: /^Kenya, OP6 — .*: Awaiting review$/ }));
  }, 60_000);

  it('corrects a contact proposal with the keyboard before accepting it', async () => {
    await openFromNavigation('Review queue');
    await page.getByRole('button', { name: 'Kenya: J. Otieno' }).click();
    await visible(page.getByText('nca@example.go.ke'));
    await openProposalFocused('Kenya: J. Otieno');
    await page.keyboard.press('c');
    await page.getByLabel('Name').fill('Jane Otieno');
    await page.getByRole('button', { name: 'Accept as corrected' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Corrected and accepted: Kenya: J. Otieno' }));
    await visible(page.getByRole('table', { name: 'Proposals awaiting review (1)' }));
  }, 60_000);

  it('accepts the rest of a submission above a confidence in bulk', async () => {
    await openFromNavigation('Review queue');
    await page.getByLabel('Lowest confidence (%)').fill('30');
    await page.getByRole('button', { name: 'Accept every pending proposal at 30 % or more' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Proposals accepted: 1.' }));
    await visible(page.getByText('Nothing awaits review.'));
    await openFromNavigation('Matrix heat-map');
    await visible(page.getByRole('link', { name: /^Kenya, OP6 — .*: Measure confirmed$/ }));
  }, 60_000);

  it('confirms a deadline read from a Committee document, with who must act', async () => {
    await openFromNavigation('Deadlines');
    const card = page.getByRole('form', { name: /Comprehensive review report/ });
    await visible(card.getByText('The Committee shall submit its comprehensive review by 30 June 2027.'));
    await checkPage(page, 'secretariat-deadlines');
    await card.getByLabel('Who must act').selectOption({ label: 'The Committee' });
    await card.getByRole('button', { name: 'Confirm deadline' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Deadline confirmed: Comprehensive review report' }));
    await visible(page.getByRole('row', { name: /Comprehensive review report The Committee/ }));
  }, 60_000);

  it('reads the quarantine, the reminders and the addresses they cannot reach', async () => {
    await openFromNavigation('Quarantine');
    await visible(page.getByRole('cell', { name: 'protected-report.pdf' }));
    await checkPage(page, 'secretariat-quarantine');
    await openFromNavigation('Reminders');
    await visible(page.getByLabel('Deadline'));
    const unreachable = page.getByRole('table', { name: /Bounced or complained addresses/ });
    await visible(unreachable.getByRole('row', { name: /Peru M\. Quispe desk@rree\.example\.gob\.pe Bounced/ }));
    await checkPage(page, 'secretariat-reminders');
  }, 60_000);

  it('enters, changes and cancels an outreach event', async () => {
    await openFromNavigation('Outreach calendar');
    await page.getByRole('button', { name: 'New event' }).click();
    await page.getByLabel('Event', { exact: true }).fill('Regional workshop on export controls');
    await page.getByLabel('First day').fill('2027-04-12');
    await page.getByLabel('Last day (optional)').fill('2027-04-13');
    await page.getByLabel('City').fill('Nairobi');
    await page.getByLabel('Country').fill('Kenya');
    await page.getByLabel('Organizer').fill('UNODA');
    await page.getByLabel('Kind').selectOption({ label: 'Workshop' });
    await page.getByLabel('Region').selectOption({ label: 'African States' });
    await page.getByLabel('Public note').fill('Open to national authorities of the region.');
    await page.getByLabel('Internal note (never shown outside the secretariat)').fill('Budget line 4.');
    await checkPage(page, 'secretariat-calendar-form');
    await page.getByRole('button', { name: 'Save event' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Event “Regional workshop on export controls” entered.' }));
    await visible(page.getByRole('cell', { name: /Open to national authorities of the region/ }));
    await checkPage(page, 'secretariat-calendar');

    await page.getByRole('button', { name: 'Edit Regional workshop on export controls' }).click();
    await page.getByLabel('Event', { exact: true }).fill('Regional workshop on export and border controls');
    await page.getByRole('button', { name: 'Save event' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'saved' }));
    await page.getByRole('button', { name: 'Cancel Regional workshop on export and border controls' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'cancelled' }));
    await visible(page.getByRole('cell', { name: /Regional workshop on export and border controls Cancelled/ }));
  }, 60_000);

  it('reads the dashboard in Arabic, right to left', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByLabel('Language').selectOption({ label: 'العربية' });
    await visible(heading('لوحة المتابعة'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await visible(page.getByRole('table', { name: /^الدول الأعضاء/ }));
    await checkPage(page, 'secretariat-dashboard-ar');
    await page.getByLabel('اللغة').selectOption({ label: 'English' });
  }, 60_000);

  it('breaks no content security policy rule on the way', () => {
    expect(problems).toEqual([]);
  });
});
