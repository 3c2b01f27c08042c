/** Assistance requests and offers by matrix element, with the matches they suggest. */
import * as z from 'zod';
import { MATRIX_ELEMENTS, MatrixElement } from '#shared/extraction/contract.js';
import { assistanceForElement } from '#shared/store/assistance.js';
import { AssistanceItem } from '#shared/store/items.js';
import { defineRoute } from '../route.js';

const ElementAssistance = z
  .object({
    element: MatrixElement,
    requests: z.array(AssistanceItem),
    offers: z.array(AssistanceItem),
    suggestedMatches: z
      .array(z.object({ requestingState: z.string(), offeringState: z.string() }))
      .meta({ description: 'Every request paired with every offer of another state for the same element' }),
  })
  .meta({ id: 'ElementAssistance' });

export const listAssistance = defineRoute({
  method: 'GET',
  path: '/assistance',
  summary: 'Assistance requests and offers per matrix element, with suggested matches',
  access: 'secretariat',
  request: { query: z.object({ element: MatrixElement.optional().meta({ description: 'One element only' }) }) },
  response: { status: 200, body: z.object({ elements: z.array(ElementAssistance) }), description: 'Elements with any request or offer' },
  run: async ({ deps, query }) => {
    const elements = query.element ? [query.element] : [...MATRIX_ELEMENTS];
    const perElement = await Promise.all(elements.map((element) => assistanceForElement(deps.store, element)));
    return {
      elements: elements
        .map((element, i) => {
          const items = perElement[i] ?? [];
          const requests = items.filter((a) => a.kind === 'request');
          const offers = items.filter((a) => a.kind === 'offer');
          const suggestedMatches = requests.flatMap((r) =>
            offers.filter((o) => o.state !== r.state).map((o) => ({ requestingState: r.state, offeringState: o.state })),
          );
          return { element, requests, offers, suggestedMatches };
        })
        .filter((e) => e.requests.length + e.offers.length > 0),
    };
  },
});

export const assistanceRoutes = [listAssistance];
