/**
 * The matrix heat-map of the secretariat's dashboard: every member state × every matrix element in
 * one answer, each cell one colour. A cell's detail is the state's file (`GET /states/{iso3}`:
 * its confirmed entry with evidence, and the proposals awaiting review beside it).
 */
import * as z from 'zod';
import { MATRIX_ELEMENTS, MatrixElement } from '#shared/extraction/contract.js';
import { MEMBER_STATES } from '#shared/reference/memberStates.js';
import { matrixForElement } from '#shared/store/adminQueries.js';
import { pendingProposals } from '#shared/store/proposals.js';
import { defineRoute } from '../route.js';

export const CellStatus = z.enum(['measure', 'gap', 'review', 'none']).meta({
  description:
    '`measure`: a confirmed national measure (for at least one weapon); `gap`: confirmed gaps only; ' +
    '`review`: nothing confirmed, a proposal awaits review; `none`: nothing',
});
export type CellStatus = z.infer<typeof CellStatus>;

const StateRow = z
  .object({
    iso3: z.string(),
    cells: z.record(MatrixElement, CellStatus),
    awaitingReview: z.array(MatrixElement).meta({ description: 'Elements with a matrix proposal awaiting review, whatever the confirmed value' }),
  })
  .meta({ id: 'MatrixOverviewRow' });

export const matrixOverview = defineRoute({
  method: 'GET',
  path: '/matrix/overview',
  summary: "The matrix heat-map: every member state × every matrix element, each cell a confirmed measure, a confirmed gap, awaiting review, or nothing",
  access: 'secretariat',
  request: {},
  response: {
    status: 200,
    body: z.object({ elements: z.array(MatrixElement), states: z.array(StateRow).meta({ description: 'The 193 member states, by ISO3 code' }) }),
    description: 'The heat-map',
  },
  run: async ({ deps }) => {
    // One query per element (GSI2) and one for the review queue: never a query per state.
    const [perElement, pending] = await Promise.all([Promise.all(MATRIX_ELEMENTS.map((element) => matrixForElement(deps.store, element))), pendingProposals(deps.store)]);
    const confirmed = new Map<string, 'measure' | 'gap'>();
    for (const entry of perElement.flat()) {
      const cell = `${entry.state}#${entry.element}`;
      if (entry.coverage === 'measure' || !confirmed.has(cell)) confirmed.set(cell, entry.coverage);
    }
    const inReview = new Map<string, Set<MatrixElement>>();
    for (const proposal of pending) {
      if (proposal.kind !== 'matrix' || !proposal.state) continue;
      (inReview.get(proposal.state) ?? inReview.set(proposal.state, new Set()).get(proposal.state)!).add(proposal.value.element);
    }
    const states = MEMBER_STATES.map(({ iso3 }) => iso3)
      .sort()
      .map((iso3) => {
        const review = inReview.get(iso3) ?? new Set<MatrixElement>();
        const cells = Object.fromEntries(
          MATRIX_ELEMENTS.map((element): [MatrixElement, CellStatus] => [element, confirmed.get(`${iso3}#${element}`) ?? (review.has(element) ? 'review' : 'none')]),
        ) as Record<MatrixElement, CellStatus>;
        return { iso3, cells, awaitingReview: MATRIX_ELEMENTS.filter((element) => review.has(element)) };
      });
    return { elements: [...MATRIX_ELEMENTS], states };
  },
});

export const overviewRoutes = [matrixOverview];
