/**
 * Reminders and mail at full scale, on the stand-ins:
 * - planning 193 states × 20 deadlines (each with a step due): the planner's own work with the
 *   states' standings already in hand (baseline), then the whole dry run that reads them from the
 *   store (the profiles and the active contacts: three queries); target: under 1 s;
 * - the mailer holding MAIL_SEND_RATE: e-mails through the real batch function, the SQS stand-in and
 *   the SES stand-in, timed at the SES call; target: within 10 % of the setting.
 */
import { mailerFunction } from '../../../functions/mailer/function.js';
import { ensureQueue, QueuePoller } from '../../../infra/local/localMail.js';
import { standInClients } from '../../../infra/local/standInClients.js';
import { DEFAULT_CATCH_UP_DAYS } from '../../../shared/deadlines/reminderLadder.js';
import { startStandIns, type DynamoEngineChoice } from '../../../infra/local/standIns.js';
import { planReminders, type PlannerDependencies } from '../../../shared/deadlines/planReminders.js';
import { dayNumber, isoDay } from '../../../shared/deadlines/calendar.js';
import { loadStateStandings } from '../../../shared/deadlines/stateStandings.js';
import { sqsMailQueue } from '../../../shared/mail/mailQueue.js';
import { sendPacing } from '../../../shared/mail/sendPacing.js';
import { MEMBER_STATES } from '../../../shared/reference/memberStates.js';
import { designateContact } from '../../../shared/store/contactPoints.js';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import { ensureTable } from '../../../infra/local/provisionTable.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { inChunks } from '../../../shared/store/table.js';

const AS_OF = '2026-03-10';
const DEADLINES = 20;
const RUNS = 5;
const SEND_RATE = Number(process.env.BENCH_SEND_RATE ?? 20);
const MAILS = Number(process.env.BENCH_MAILS ?? 120);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function timed(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function benchMail(): Promise<void> {
  const standIns = await startStandIns({ dynamoEngine: (process.env.BENCH_DYNAMODB ?? 'auto') as DynamoEngineChoice });
  process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
  const clients = standInClients(standIns.endpoints);
  const { sqs, ses } = clients;
  const store = { db: clients.db, tableName: 'bench-mail' };
  try {
    await ensureTable(clients.dynamo, store.tableName);
    await seedStateProfiles(store);
    for (const group of inChunks(MEMBER_STATES, 16)) {
      await Promise.all(group.map((s) => designateContact(store, {
        state: s.iso3, name: `POC ${s.iso3}`, email: `poc.${s.iso3.toLowerCase()}@mfa.bench.example`, language: 'en', source: 'manual', at: '2026-01-01T00:00:00.000Z',
      })));
    }
    for (let i = 0; i < DEADLINES; i++) {
      await recordDeadline(store, {
        id: `dl_${String(i).padStart(2, '0')}`, title: `Deadline ${i}`, dueDate: isoDay(dayNumber(AS_OF) + (i % 2 === 0 ? 7 : -1)),
        precision: 'day', recurrence: null, status: 'active', source: 'manual', createdAt: '2026-01-01T00:00:00.000Z',
        satisfiedBy: { kind: 'submission', reportTypes: ['additional_information'] },
      });
    }
    const queueUrl = await ensureQueue(sqs, 'bench-mail', { maxReceiveCount: 50 });
    const planner: PlannerDependencies = {
      store, queue: sqsMailQueue(sqs, queueUrl), catchUpDays: DEFAULT_CATCH_UP_DAYS, requeueAfterMs: 30 * 60_000, now: () => new Date(),
    };

    // Planning.
    const standings = await loadStateStandings(store);
    const preloaded = { ...planner, standings: async () => standings };
    let reminders = 0;
    const baseline = await timed(RUNS, async () => (reminders = (await planReminders(preloaded, { asOf: AS_OF, dryRun: true })).reminders.length));
    const full = await timed(RUNS, () => planReminders(planner, { asOf: AS_OF, dryRun: true }));
    console.log(`engine ${standIns.dynamoEngine}; ${MEMBER_STATES.length} states × ${DEADLINES} deadlines → ${reminders} reminders due on ${AS_OF}`);
    console.log('planning (median of 5)                         ms     × baseline   target');
    console.log(`  planner, standings in hand (baseline)   ${baseline.toFixed(0).padStart(8)}        1.00   < 1000 ms ${baseline < 1000 ? 'ok' : 'MISSED'}`);
    console.log(`  dry run reading the store               ${full.toFixed(0).padStart(8)}   ${(full / baseline).toFixed(2).padStart(9)}   < 1000 ms ${full < 1000 ? 'ok' : 'MISSED'}`);

    // Send rate: queue MAILS reminders (the first deadline's, for the first MAILS states), send them.
    const planned = await planReminders(
      { ...planner, standings: async () => standings.slice(0, MAILS) },
      { asOf: AS_OF, dryRun: false },
    );
    const { createHandler } = await import('../../../functions/mailer/handler.js');
    const sendTimes: number[] = [];
    const pace = sendPacing(SEND_RATE);
    const deps = {
      store, ses, from: 'Secretariat of the 1540 Committee <no-reply@portal1540.bench>', configurationSet: 'bench', leaseMs: 60_000, now: () => new Date(),
      pace: <T>(send: () => Promise<T>) => pace(() => (sendTimes.push(performance.now()), send())),
    };
    const toSend = Math.min(MAILS, planned.queued);
    // Two mailer copies on one queue, as Lambda runs them; the pace is shared, as within one process.
    const pollers = [0, 1].map(() => new QueuePoller(sqs, queueUrl, createHandler(deps) as never, { batchSize: mailerFunction.invokedBy.batchSize, visibilityTimeoutSeconds: 30 }));
    const started = performance.now();
    await Promise.all(pollers.map(async (poller) => {
      while (sendTimes.length < toSend && performance.now() - started < 600_000) await poller.pollOnce();
    }));
    const measured = sendTimes.slice(0, toSend);
    const rate = (measured.length - 1) / (((measured.at(-1) ?? 0) - (measured[0] ?? 0)) / 1000);
    console.log('mailer send rate                            per s   × setting    target');
    console.log(`  MAIL_SEND_RATE setting (baseline)       ${SEND_RATE.toFixed(1).padStart(8)}        1.00`);
    console.log(`  measured at SES, ${measured.length} e-mails           ${rate.toFixed(1).padStart(8)}   ${(rate / SEND_RATE).toFixed(2).padStart(9)}   ±10 % ${Math.abs(rate / SEND_RATE - 1) <= 0.1 ? 'ok' : 'MISSED'}`);
  } finally {
    clients.destroy();
    await standIns.stop();
  }
}
