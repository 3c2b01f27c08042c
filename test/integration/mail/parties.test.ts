/**
 * The planner and the mailer with parties other than member states: a deadline for listed
 * organizations reaches those organizations' active contacts only; one discharged by a designated
 * contact skips the organizations that have one; the Committee's and the Secretariat's tasks
 * remind no one and go, once a day however many planners run, in one digest to the secretariat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planReminders, type PlannerDependencies } from '../../../shared/deadlines/planReminders.js';
import { designateContact, proposeContact } from '../../../shared/store/contactPoints.js';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import type { DeadlineInput } from '../../../shared/store/items.js';
import { seedOrganizations } from '../../../shared/store/organizations.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { createMailWorld, type MailWorld } from './mailHarness.js';

const AS_OF = '2026-09-23';
let world: MailWorld;
let planner: PlannerDependencies;
let secretariat: string;
const at = '2026-01-01T00:00:00.000Z';

const deadline = (id: string, dueDate: string, appliesTo: DeadlineInput['appliesTo'], extra: Partial<DeadlineInput> = {}): DeadlineInput => ({
  id, title: `Task ${id}`, dueDate, precision: 'day', recurrence: null, status: 'active', source: 'manual', createdAt: at, appliesTo, ...extra,
});

beforeAll(async () => {
  world = await createMailWorld();
  secretariat = `secretariat@${world.domain}`;
  planner = { ...world.planner, secretariatAddress: secretariat };
  await seedStateProfiles(world.portal.store);
  await seedOrganizations(world.portal.store);
  await world.contact('KEN', 'poc.ken');
  for (const [organization, local] of [['IAEA', 'focal.iaea'], ['OPCW', 'focal.opcw']] as const) {
    await designateContact(world.portal.store, { organization, name: `Focal point ${organization}`, email: `${local}@${world.domain}`, language: 'en', source: 'manual', at });
  }
  // Found in a document, never designated: no mail.
  await proposeContact(world.portal.store, { organization: 'WCO', name: 'Found', email: `found.wco@${world.domain}`, language: 'en', source: 's1', at });
  // A week away (D-7): for the IAEA only; for every organization, discharged by a designated contact.
  await recordDeadline(world.portal.store, deadline('iaea-only', '2026-09-30', { kind: 'organizations', organizations: ['IAEA'] }));
  await recordDeadline(world.portal.store, deadline('designate', '2026-09-30', { kind: 'organizations' }, { satisfiedBy: { kind: 'contact_designated' } }));
  // Due yesterday (D+1): the Committee's and the Secretariat's own tasks.
  await recordDeadline(world.portal.store, deadline('committee-task', '2026-09-22', { kind: 'committee' }));
  await recordDeadline(world.portal.store, deadline('secretariat-task', '2026-09-22', { kind: 'secretariat' }));
}, 120_000);
afterAll(() => world.dispose());

describe('a day with organizations, Committee and Secretariat tasks due', () => {
  it('reminds the listed organizations, skips those that complied, and writes to no state', async () => {
    const plan = await planReminders(planner, { asOf: AS_OF, dryRun: true });

    expect(plan.reminders.map((r) => [r.deadlineId, r.organization, r.state])).toEqual([['iaea-only', 'IAEA', undefined]]);
    // IAEA and OPCW have an active contact: the designation deadline is theirs discharged; the others have none.
    const designate = plan.unreachable.filter((u) => u.deadlineId === 'designate').map((u) => u.organization);
    expect(designate).toEqual(expect.arrayContaining(['WCO', 'INTERPOL']));
    expect(designate).not.toContain('IAEA');
    expect(plan.digest.map((e) => [e.deadlineId, e.concerns, e.step]).sort()).toEqual([
      ['committee-task', 'committee', 'D+1'], ['secretariat-task', 'secretariat', 'D+1'],
    ]);
  });

  it('sends the digest once to the secretariat however many planners run, and the reminders once', async () => {
    const [a, b] = await Promise.all([planReminders(planner, { asOf: AS_OF, dryRun: false }), planReminders(planner, { asOf: AS_OF, dryRun: false })]);
    expect(a.queued + b.queued).toBe(2); // the IAEA's reminder and the digest

    await world.drain(world.mailer());

    const sent = await world.outbox();
    expect(sent.map((m) => m.destination.to[0]).sort()).toEqual([`focal.iaea@${world.domain}`, secretariat].sort());
    const digest = sent.find((m) => m.destination.to[0] === secretariat)!;
    expect(digest.subject).toContain(': 2');
    expect(digest.body.text).toMatch(/Committee: Task committee-task, overdue by 1 day/);
    expect(digest.body.text).toMatch(/Secretariat: Task secretariat-task, overdue by 1 day/);
  });

  it('plans the digest without sending it when the deployment names no secretariat address', async () => {
    const plan = await planReminders(world.planner, { asOf: '2026-09-24', dryRun: false });

    expect(plan.digest).toHaveLength(2);
    expect(plan.queued).toBe(0);
  });
});
