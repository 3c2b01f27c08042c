/**
 * The size DynamoDB counts for an item against its 400 KB limit, computed from the item as the
 * document client marshals it: attribute names and string values in UTF-8 bytes, numbers about one
 * byte per two digits plus one, 1 byte for a boolean or null, and 3 bytes for each list or map plus
 * 1 byte per element (AWS: "Item sizes and formats"). The stand-ins do not enforce the limit, so
 * tests that must stay under it measure here.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';

export const DYNAMODB_ITEM_LIMIT_BYTES = 400 * 1024;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return Math.ceil(value.N.replace(/^-|\.|e.*$/giu, '').length / 2) + 1;
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.L !== undefined) return 3 + value.L.reduce((n, v) => n + 1 + valueBytes(v), 0);
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((n, [k, v]) => n + utf8(k) + 1 + valueBytes(v), 0);
  if (value.SS !== undefined) return value.SS.reduce((n, s) => n + utf8(s), 0);
  throw new Error(`an attribute value of an unexpected kind: ${Object.keys(value).join(', ')}`);
}

export function dynamoItemBytes(item: Record<string, unknown>): number {
  const marshalled = marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true });
  return Object.entries(marshalled).reduce((n, [name, value]) => n + utf8(name) + valueBytes(value), 0);
}
