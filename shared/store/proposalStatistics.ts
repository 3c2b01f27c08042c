/**
 * The review decisions as a labelled set: per kind, matrix element and field, how often the
 * extractor's proposals were accepted as they were, corrected, or rejected. The admin API's
 * `/review/stats` and the accuracy bench (`--from-reviews`) read it.
 */
import * as z from 'zod';
import { decidedProposals, PROPOSAL_VALUES, ProposalKind, type Proposal } from './proposals.js';
import type { StoreContext } from './table.js';

export const ReviewStatisticsRow = z
  .object({
    kind: ProposalKind,
    /** The proposed matrix element (matrix proposals); null for contacts and deadlines. */
    element: z.string().nullable(),
    /** A field of the proposal's value; null for the whole proposal. */
    field: z.string().nullable(),
    accepted: z.number().int().meta({ description: 'Decided with this field (or the proposal) as proposed' }),
    corrected: z.number().int().meta({ description: 'Decided with this field (or some field) corrected' }),
    rejected: z.number().int(),
  })
  .meta({ id: 'ReviewStatisticsRow' });
export type ReviewStatisticsRow = z.infer<typeof ReviewStatisticsRow>;

type Outcome = 'accepted' | 'corrected' | 'rejected';

/** What became of each field of a decided proposal: kept, corrected, or (the proposal) rejected. */
export function fieldOutcomes(proposal: Proposal): Array<{ field: string | null; outcome: Outcome }> {
  if (proposal.status === 'pending') return [];
  const fields = Object.keys(PROPOSAL_VALUES[proposal.kind].shape);
  const value = proposal.value as Record<string, unknown>;
  const perField = fields.map((field) => ({
    field,
    outcome:
      proposal.status === 'rejected' ? ('rejected' as const)
      : JSON.stringify(proposal.decided?.[field] ?? null) === JSON.stringify(value[field] ?? null) ? ('accepted' as const)
      : ('corrected' as const),
  }));
  return [{ field: null, outcome: proposal.status }, ...perField];
}

export function statisticsOf(proposals: readonly Proposal[]): ReviewStatisticsRow[] {
  const rows = new Map<string, ReviewStatisticsRow>();
  for (const proposal of proposals) {
    const element = proposal.kind === 'matrix' ? proposal.value.element : null;
    for (const { field, outcome } of fieldOutcomes(proposal)) {
      const key = `${proposal.kind}|${element}|${field}`;
      const row = rows.get(key) ?? { kind: proposal.kind, element, field, accepted: 0, corrected: 0, rejected: 0 };
      row[outcome] += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || (a.element ?? '').localeCompare(b.element ?? '') || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

export async function reviewStatistics(store: StoreContext): Promise<ReviewStatisticsRow[]> {
  return statisticsOf(await decidedProposals(store));
}
