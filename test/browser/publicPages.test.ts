/**
 * The public pages in a real browser, nobody signed in: what a state published is found by state
 * and by element, each with its date, and no address shows; an unpublished report or state, asked
 * for by its address, reads "Page not found"; the outreach calendar lists the public events with
 * their notes (not the Committee's own) and offers the feed. axe-core and a screenshot per page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMatrixEntry } from '../../shared/store/matrixEntries.js';
import { checkPage, chromiumAvailable, ensureWebBuild, launchChromium, newContext, startPortal, type RunningPortal } from './support/browser.js';
import { acceptedSubmission, seedPortal, seedPublishedState } from './support/seedPortal.js';

const run = chromiumAvailable();
const EXPORT_CONTROLS = 'OP3(d) — export and trans-shipment controls';

describe.skipIf(!run)('the public pages of the web portal', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let problems: string[];
  let page: Page;
  let reports: { published: string; unpublished: string };

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const visible = (locator: ReturnType<Page['getByRole']>) => expect.poll(() => locator.isVisible(), { timeout: 15_000 }).toBe(true);
  const mainText = () => page.getByRole('main').innerText();

  beforeAll(async () => {
    ensureWebBuild();
    [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
    const seeded = await seedPortal(portal.info, async (store) => {
      // Kenya's matrix has an entry, but Kenya published nothing.
      const kenya = acceptedSubmission('KEN', 'kenbrowserprivate', '2026-01-05T09:00:00.000Z');
      await recordMatrixEntry(store, {
        state: 'KEN', element: 'op1', weapon: 'all', coverage: 'measure', measure: 'yes', legalReferences: ['Penal Code, s. 12'],
        evidence: [{ text: 'Kenya unpublished evidence.', page: 1 }], sourceSubmissionId: kenya.id, sourceReceivedAt: kenya.receivedAt,
      });
      return seedPublishedState(store, 'GHA', {
        element: 'op3d.export_control',
        evidence: 'Licences are issued by the Ministry; questions to focal.point@mfa.gov.example.',
      });
    });
    reports = { published: seeded.published.id, unpublished: seeded.unpublished.id };
    const secretariat = portal.info.tokens?.secretariat;
    for (const [title, visibility, publicNote] of [
      ['Outreach briefing for Member States', 'public', 'Registration through the permanent missions.'],
      ['Experts’ planning retreat', 'committee', ''],
    ]) {
      const response = await fetch(`${portal.info.adminApi}/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secretariat}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          title, start: '2027-05-20', place: { city: 'New York', country: 'United States' }, organizer: 'UNODA', region: 'global', kind: 'briefing',
          visibility, publicNote, internalNote: 'Room booked.',
        }),
      });
      expect(response.status).toBe(201);
    }
    ({ context, problems } = await newContext(browser));
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('shows what Ghana published, searchable by element, with dates and no address', async () => {
    await page.goto(portal.info.webPublic!);
    await visible(heading('Published information'));
    await visible(page.getByRole('table', { name: 'Matrix entries (1)' }));
    await visible(page.getByRole('cell', { name: `${EXPORT_CONTROLS} · All` }));
    await visible(page.getByRole('cell', { name: /Report of Feb 10, 2026/ }));
    await visible(page.getByRole('link', { name: 'report-2026.pdf' }));
    expect(await mainText()).not.toContain('@');
    expect(await mainText()).not.toContain('internal-note.pdf');
    expect(await mainText()).not.toContain('Kenya');
    await checkPage(page, 'public-published');

    await page.getByLabel('Matrix element').selectOption({ label: 'OP1 — no support to non-State actors' });
    await visible(page.getByText('No published matrix entry matches.'));
    await page.getByLabel('Matrix element').selectOption({ label: EXPORT_CONTROLS });
    await visible(page.getByRole('table', { name: 'Matrix entries (1)' }));
    expect(page.url()).toContain('element=op3d.export_control');
  }, 60_000);

  it('opens Ghana’s page and its published report', async () => {
    await page.getByLabel('State').selectOption({ label: 'Ghana' });
    await page.getByRole('link', { name: 'Everything Ghana published' }).click();
    await visible(heading('Ghana'));
    await checkPage(page, 'public-state');
    await page.getByRole('link', { name: 'report-2026.pdf' }).click();
    await visible(heading('report-2026.pdf'));
    await visible(page.getByRole('link', { name: 'Download the report' }));
    await checkPage(page, 'public-report');
  }, 60_000);

  it('answers "not found" for an unpublished report and a state that published nothing', async () => {
    const web = portal.info.web!;
    for (const path of [`/public/reports/${reports.unpublished}`, '/public/states/KEN', '/public/reports/no-such-report']) {
      await page.goto(`${web}${path}`);
      await visible(heading('Page not found'));
      expect(await mainText()).not.toContain('internal-note.pdf');
      expect(await mainText()).not.toContain('Kenya unpublished evidence.');
    }
    await checkPage(page, 'public-not-found');
    await page.goto(`${web}/public/reports/${reports.published}`);
    await visible(page.getByRole('link', { name: 'Download the report' }));
  }, 60_000);

  it('lists the public events with their notes and offers the calendar feed', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Public calendar' }).click();
    await visible(heading('Outreach calendar'));
    await visible(page.getByRole('cell', { name: 'Outreach briefing for Member States' }));
    await visible(page.getByRole('cell', { name: 'Registration through the permanent missions.' }));
    expect(await mainText()).not.toContain('Experts’ planning retreat');
    expect(await mainText()).not.toContain('Room booked.');
    const feed = await page.getByRole('link', { name: 'Subscribe to the calendar (iCalendar)' }).getAttribute('href');
    expect(feed).toMatch(/\/calendar\.ics$/);
    expect((await fetch(feed!)).headers.get('content-type')).toContain('text/calendar');
    await checkPage(page, 'public-calendar');
  }, 60_000);

  it('breaks no content security policy rule on the way', () => {
    expect(problems).toEqual([]);
  });
});
