/**
 * The admin API's list queries, one index partition each, page by page: every item a query reads
 * is an item it returns (no filter expressions, never a Scan).
 */
import type { MatrixElement } from '../extraction/contract.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { elementKey, statesByStatusKey } from './keys.js';
import { MatrixEntry, type ReportingStatus } from './items.js';
import { StateRecord } from './stateProfiles.js';
import { indexPartition, queryAll, queryPage, type Page, type StoreContext } from './table.js';

const [BY_LOOKUP, BY_ELEMENT] = GLOBAL_INDEXES;

export interface PageRequest {
  limit?: number;
  cursor?: string;
}

/** States with a reporting status, by ISO3 code (their profiles as stored, with the summary the deadlines read). */
export function statesByStatusPage(store: StoreContext, status: ReportingStatus, page: PageRequest): Promise<Page<StateRecord>> {
  return queryPage(store, indexPartition(BY_LOOKUP, statesByStatusKey(status)), StateRecord, page);
}

/** Every state's current matrix entry for one element (all weapons), from GSI2. */
export function matrixForElement(store: StoreContext, element: MatrixElement): Promise<MatrixEntry[]> {
  return queryAll(store, indexPartition(BY_ELEMENT, elementKey(element)), MatrixEntry);
}
