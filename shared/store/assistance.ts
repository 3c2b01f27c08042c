import type { MatrixElement } from '../extraction/contract.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { ASSISTANCE_PREFIX, assistanceByElementKey, assistanceSortKey, stateKey } from './keys.js';
import { AssistanceItem } from './items.js';
import { indexPartition, partitionPrefix, putIfAbsent, queryAll, type StoreContext } from './table.js';

const [, BY_ELEMENT] = GLOBAL_INDEXES;

/** Records a request or offer of assistance for one element; the first submission to say so is kept. */
export async function recordAssistance(store: StoreContext, item: AssistanceItem): Promise<void> {
  const parsed = AssistanceItem.parse(item);
  await putIfAbsent(store, {
    PK: stateKey(parsed.state),
    SK: assistanceSortKey(parsed.kind, parsed.element),
    GSI2PK: assistanceByElementKey(parsed.element),
    GSI2SK: `${parsed.kind}#${parsed.state}`,
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
