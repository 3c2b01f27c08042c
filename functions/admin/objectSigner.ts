/**
 * Signed access to objects of the portal bucket: upload grants (presigned POST forms) and download
 * links (presigned GET URLs). Signing is local (no request to S3) but needs the S3 client and its
 * signers, a fifth of the admin function's code; so this module is bundled apart and loaded by the
 * first request that signs something (`lazyModules` of the admin function). Lists, the matrix and
 * coverage never load it.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPost, type PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createS3Client } from '#shared/aws/s3.js';

/** One version of an object; `versionId` undefined only where the bucket keeps no versions (the local stand-in). */
export interface ObjectVersionLink {
  bucket: string;
  key: string;
  versionId: string | undefined;
}

export interface ObjectSigner {
  uploadForm(options: PresignedPostOptions): Promise<PresignedPost>;
  /** A GET of that very version (`versionId=` in the link): a later version of the key is never what it serves. */
  downloadUrl(object: ObjectVersionLink, expiresInSeconds: number): Promise<string>;
}

export function objectSigner(s3: S3Client): ObjectSigner {
  return {
    uploadForm: (options) => createPresignedPost(s3, options),
    downloadUrl: ({ bucket, key, versionId }, expiresIn) =>
      getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }), { expiresIn }),
  };
}

/** The signer over an S3 client of the function's own (the role's credentials, from the environment). */
export function defaultObjectSigner(): ObjectSigner {
  return objectSigner(createS3Client());
}
