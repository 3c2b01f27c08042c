import type { MatrixElement } from '../extraction/contract.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { InvalidRequestError } from '../errors.js';
import { ASSISTANCE_PREFIX, assistanceByElementKey, assistanceByElementSortKey, assistanceSortKey, organizationKey, stateKey } from './keys.js';
import { AssistanceItem } from './items.js';
import { indexPartition, partitionPrefix, putIfAbsent, queryAll, type StoreContext } from './table.js';

const [, BY_ELEMENT] = GLOBAL_INDEXES;

/** The partition of whoever requests or offers: a state, or an organization. */
function providerPartition(item: Pick<AssistanceItem, 'state' | 'organization'>): string {
  if (item.state) return stateKey(item.state);
  if (item.organization) return organizationKey(item.organization);
  throw new InvalidRequestError('An assistance item names a state or an organization.');
}

/**
 * Records a request or offer of assistance for one element. The first record for a provider, kind
 * and element is kept ('exists' afterwards), so repeated reports and repeated entries change nothing.
 */
export function recordAssistance(store: StoreContext, item: AssistanceItem): Promise<'created' | 'exists'> {
  const parsed = AssistanceItem.parse(item);
  if (parsed.kind === 'request' && !parsed.state) throw new InvalidRequestError('Only states request assistance.');
  const provider = providerPartition(parsed);
  return putIfAbsent(store, {
    PK: provider,
    SK: assistanceSortKey(parsed.kind, parsed.element),
    GSI2PK: assistanceByElementKey(parsed.element),
    GSI2SK: assistanceByElementSortKey(parsed.kind, provider),
    entity: 'assistance',
    ...parsed,
  });
}

export function assistanceOfState(store: StoreContext, iso3: string): Promise<AssistanceItem[]> {
  return queryAll(store, partitionPrefix(stateKey(iso3), ASSISTANCE_PREFIX), AssistanceItem);
}

export function assistanceForElement(store: StoreContext, element: MatrixElement): Promise<AssistanceItem[]> {
  return queryAll(store, indexPartition(BY_ELEMENT, assistanceByElementKey(element)), AssistanceItem);
}
