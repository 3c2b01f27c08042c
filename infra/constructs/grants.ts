/**
 * Grants named after what a function does, each to exact resources: the table (never `index/*`,
 * only the indexes a function queries), the bucket's prefixes a function touches. CDK's own
 * `grantReadWriteData` would also give Scan, BatchWrite and every index; these give what is used.
 */
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IndexName } from '../../shared/store/tableDefinition.js';
import { acknowledge, wildcardResourceFinding } from './acknowledge.js';

export type ItemAction = 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'Query' | 'BatchGetItem' | 'ConditionCheckItem';

export interface TableUse {
  /** Actions on the table's own items (Query here = on the base table's key). */
  readonly items: readonly ItemAction[];
  /** Indexes the function queries. */
  readonly queryIndexes?: readonly IndexName[];
}

export function grantTableUse(grantee: IGrantable, table: ITable, use: TableUse): void {
  Grant.addToPrincipal({ grantee, actions: use.items.map((a) => `dynamodb:${a}`), resourceArns: [table.tableArn] });
  if (use.queryIndexes?.length) {
    Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:Query'],
      resourceArns: use.queryIndexes.map((index) => `${table.tableArn}/index/${index}`),
    });
  }
}

export type ObjectAction = 's3:GetObject' | 's3:PutObject' | 's3:DeleteObject' | 's3:GetObjectVersion' | 's3:DeleteObjectVersion';

/**
 * Object actions under key prefixes (`incoming/`, …). `listBucket` adds s3:ListBucket on the bucket
 * itself, without which S3 answers a read of a missing key with 403 instead of 404 (NoSuchKey).
 * `listVersions` adds s3:ListBucketVersions on the bucket, limited by `s3:prefix` to listings
 * under these prefixes.
 *
 * Requests that name a version need the `…Version` actions (GetObject or CopyObject's source with a
 * version id: s3:GetObjectVersion; DeleteObject with one: s3:DeleteObjectVersion), and only those.
 *
 * `<prefix>*` is the one wildcard the pipeline's policies hold: object keys are made per upload,
 * so a prefix is the narrowest resource there is. Each is acknowledged here, where it is granted.
 */
export function grantObjectUse(
  grantee: IGrantable & IConstruct,
  bucket: IBucket,
  use: { actions: readonly ObjectAction[]; prefixes: readonly string[]; listBucket?: boolean; listVersions?: boolean },
): void {
  const objectArns = use.prefixes.map((prefix) => bucket.arnForObjects(`${prefix}*`));
  Grant.addToPrincipal({ grantee, actions: [...use.actions], resourceArns: objectArns });
  acknowledge(
    grantee,
    Object.fromEntries(
      objectArns.map((arn, i) => [
        wildcardResourceFinding(grantee, arn),
        `${use.actions.join(', ')} on the objects under ${use.prefixes[i]}: keys are made per upload, the prefix is the narrowest scope.`,
      ]),
    ),
  );
  if (use.listBucket) Grant.addToPrincipal({ grantee, actions: ['s3:ListBucket'], resourceArns: [bucket.bucketArn] });
  if (use.listVersions) {
    Grant.addToPrincipal({
      grantee,
      actions: ['s3:ListBucketVersions'],
      resourceArns: [bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': use.prefixes.map((prefix) => `${prefix}*`) } },
    });
  }
}
