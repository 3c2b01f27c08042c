/**
 * Reminder e-mails in the store: one outbound-mail record per deadline × occurrence × state ×
 * ladder step × contact, in the deadline's partition, indexed by state in GSI1 (see `keys.ts`).
 * The admin lists them by deadline (or one occurrence) and by state, with cursors, never a Scan.
 */
import * as z from 'zod';
import { deadlineKey, reminderByStateSortKey, remindersByStateKey, reminderSortKey, reminderSortKeyPrefix } from './keys.js';
import { type MailKey, OutboundMail, type OutboundMailInput, recordMail } from './outboundMail.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { indexPartition, partitionPrefix, queryAll, queryPage, type Page, type StoreContext } from './table.js';

const [BY_LOOKUP] = GLOBAL_INDEXES;

export interface ReminderIdentity {
  deadlineId: string;
  occurrence: string;
  state: string;
  step: string;
  email: string;
}

export function reminderKey(r: ReminderIdentity): MailKey {
  return { PK: deadlineKey(r.deadlineId), SK: reminderSortKey(r.occurrence, r.state, r.step, r.email) };
}

/** Creates the reminder's record unless it exists: 'created' means this caller queues it. */
export function recordReminder(store: StoreContext, identity: ReminderIdentity, mail: OutboundMailInput) {
  return recordMail(store, reminderKey(identity), mail, {
    GSI1PK: remindersByStateKey(identity.state),
    GSI1SK: reminderByStateSortKey(identity.occurrence, identity.deadlineId, identity.step, identity.email),
  });
}

const ReminderRow = OutboundMail.extend({ PK: z.string(), SK: z.string() });
export type StoredReminder = z.infer<typeof ReminderRow>;

/** A deadline's reminders (optionally of one occurrence, and of one state in it), in key order. */
export function listRemindersByDeadline(
  store: StoreContext,
  deadlineId: string,
  options: { occurrence?: string; state?: string; limit?: number; cursor?: string } = {},
): Promise<Page<StoredReminder>> {
  const prefix = reminderSortKeyPrefix(options.occurrence, options.state);
  return queryPage(store, partitionPrefix(deadlineKey(deadlineId), prefix), ReminderRow, options);
}

/** A state's reminders, by occurrence. */
export function listRemindersByState(
  store: StoreContext,
  iso3: string,
  options: { limit?: number; cursor?: string } = {},
): Promise<Page<StoredReminder>> {
  return queryPage(store, indexPartition(BY_LOOKUP, remindersByStateKey(iso3)), ReminderRow, options);
}

/** Every reminder of one occurrence of a deadline (what the planner has already planned). */
export function remindersOfOccurrence(store: StoreContext, deadlineId: string, occurrence: string): Promise<StoredReminder[]> {
  return queryAll(store, partitionPrefix(deadlineKey(deadlineId), reminderSortKeyPrefix(occurrence)), ReminderRow);
}
