/**
 * The Committee's standing deadlines, read from `standingDeadlines.json` (data, not code: the
 * secretariat's calendar changes with resolutions, not releases) and seeded with conditional
 * writes, so seeding on every start never undoes an edit or a retirement.
 */
import * as z from 'zod';
import { once } from '../aws/once.js';
import { recordDeadline } from '../store/deadlines.js';
import { Deadline } from '../store/items.js';
import type { StoreContext } from '../store/table.js';
import standing from './standingDeadlines.json' with { type: 'json' };

const StandingDeadline = Deadline.omit({ source: true, createdAt: true });
const StandingFile = z.object({ deadlines: z.array(StandingDeadline) });

/** The standing deadlines, checked against the deadline schema when first asked for (not at start-up). */
export const standingDeadlines = once(() => StandingFile.parse(standing).deadlines);

export async function seedStandingDeadlines(store: StoreContext, at: string): Promise<{ created: number }> {
  let created = 0;
  for (const deadline of standingDeadlines()) {
    if ((await recordDeadline(store, { ...deadline, source: 'seed', createdAt: at })) === 'created') created += 1;
  }
  return { created };
}
