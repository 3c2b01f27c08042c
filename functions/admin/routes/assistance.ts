/**
 * Assistance: requests (from states' reports) and offers (entered by the secretariat, from states
 * and from international, regional or subregional organizations), by matrix element, with the
 * matches they suggest.
 */
import * as z from 'zod';
import { MATRIX_ELEMENTS, MatrixElement } from '#shared/extraction/contract.js';
import { assistanceForElement, recordAssistance } from '#shared/store/assistance.js';
import { AssistanceItem } from '#shared/store/items.js';
import { requireOrganizations } from '#shared/store/organizations.js';
import { defineRoute } from '../route.js';
import { Iso3Param, OrganizationIdParam } from '../schemas.js';

/** Who offers: a state's code, or an organization's id. */
const offeredBy = (item: AssistanceItem) => item.state ?? item.organization ?? '';

const ElementAssistance = z
  .object({
    element: MatrixElement,
    requests: z.array(AssistanceItem),
    offers: z.array(AssistanceItem),
    suggestedMatches: z
      .array(z.object({ requestingState: z.string(), offeredBy: z.string() }))
      .meta({ description: 'Every request paired with every offer for the same element from another state or an organization' }),
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
            offers.filter((o) => o.state !== r.state).map((o) => ({ requestingState: r.state ?? '', offeredBy: offeredBy(o) })),
          );
          return { element, requests, offers, suggestedMatches };
        })
        .filter((e) => e.requests.length + e.offers.length > 0),
    };
  },
});

const OfferRequest = z
  .object({
    state: Iso3Param.optional().meta({ description: 'The offering state' }),
    organization: OrganizationIdParam.optional().meta({ description: "Or the offering organization, by id (IAEA, OPCW, UNODC, …: GET /organizations)" }),
    elements: z.array(MatrixElement).min(1).max(MATRIX_ELEMENTS.length),
    description: z.string().trim().max(2000).optional(),
  })
  .refine((b) => (b.state === undefined) !== (b.organization === undefined), {
    message: 'name either the offering state or the offering organization, not both',
    path: ['state'],
  });

export const recordOffer = defineRoute({
  method: 'POST',
  path: '/assistance/offers',
  summary: 'Record an offer of assistance from a state or an organization, for one or more matrix elements',
  access: 'secretariat',
  request: { body: OfferRequest },
  response: { status: 201, body: z.object({ offers: z.array(AssistanceItem) }), description: 'The offers as recorded' },
  run: async ({ deps, body }) => {
    if (body.organization) await requireOrganizations(deps.store, [body.organization]);
    const recordedAt = deps.now().toISOString();
    const offers: AssistanceItem[] = body.elements.map((element) => ({
      state: body.state ?? null,
      organization: body.organization,
      kind: 'offer',
      element,
      description: body.description,
      sourceSubmissionId: 'manual',
      recordedAt,
    }));
    // An offer already on record for a provider and element is kept as it was.
    for (const offer of offers) await recordAssistance(deps.store, offer);
    return Response.json({ offers }, { status: 201 });
  },
});

export const assistanceRoutes = [listAssistance, recordOffer];
