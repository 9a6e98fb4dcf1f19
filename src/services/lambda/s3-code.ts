import type { RequestContext } from '../../core/context.js';
import { isAwsError } from '../../core/errors.js';
import type { Runtime } from '../../core/runtime.js';
import type { S3Api } from '../s3/api.js';
import { invalidParameter } from './errors.js';
import { MAX_S3_ZIP_BYTES } from './code.js';


const MESSAGES: Record<string, string> = {
  NoSuchBucket: 'The specified bucket does not exist',
  NoSuchKey: 'The specified key does not exist.',
  NoSuchVersion: 'The specified version does not exist.',
};

/** Reads a deployment package from S3 through S3's module API, with AWS's wording when it cannot. */
export async function fetchS3Code(runtime: Runtime, context: RequestContext, bucket: string, key: string, version?: string): Promise<Buffer> {
  const reader = await runtime.api<S3Api>('s3');
  try {
    return Buffer.from(await reader.readObject({ account: context.accountId, region: context.region, bucket, key, versionId: version, maxBytes: MAX_S3_ZIP_BYTES }));
  } catch (error) {
    if (isAwsError(error) && MESSAGES[error.code]) {
      throw invalidParameter(`Error occurred while GetObject. S3 Error Code: ${error.code}. S3 Error Message: ${MESSAGES[error.code]}`);
    }
    throw error;
  }
}
