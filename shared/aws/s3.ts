import { S3Client } from '@aws-sdk/client-s3';
import { once } from './once.js';

export const s3Client = once(() => new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' }));
