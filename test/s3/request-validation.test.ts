/**
 * Request checks S3 makes before it acts (AWS's "Errors" of each operation), each with AWS's
 * code, message, status and argument: ACLs and grants, encryption headers, website redirects,
 * directives, part numbers, object attributes, listing limits and object ownership.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetObjectAttributesCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListPartsCommand,
  PutObjectCommand,
  S3Client,
  type ObjectAttributes,
  type ObjectCannedACL,
  type ObjectOwnership,
  type ServerSideEncryption,
} from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';
import { errorFields, expectAwsError } from '../support/errors.js';
import { s3Client } from './support.js';

describe('S3 request validation', () => {
  let cloud: Cloud;
  let s3: S3Client;
  const bucket = 'validation';
  let uploadId: string;

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'hello' }));
    uploadId = (await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'k' }))).UploadId!;
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('an unknown canned ACL is InvalidArgument naming x-amz-acl; grants on an ACL-less bucket are AccessControlListNotSupported', async () => {
    const response = await fetch(`${cloud.endpoint}/${bucket}/acl`, { method: 'PUT', headers: { 'x-amz-acl': 'public-everything' }, body: 'x' });
    assert.equal(response.status, 400);
    const fields = errorFields(await response.text());
    assert.equal(fields.Code, 'InvalidArgument');
    assert.equal(fields.ArgumentName, 'x-amz-acl');
    assert.equal(fields.ArgumentValue, 'public-everything');
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'acl', Body: 'x', ACL: 'nope' as ObjectCannedACL })), { name: 'InvalidArgument', status: 400 });
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'acl', Body: 'x', GrantRead: 'id=0123' })), {
      name: 'AccessControlListNotSupported',
      message: 'The bucket does not allow ACLs',
      status: 400,
    });
    await expectAwsError(s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'acl', GrantFullControl: 'id=0123' })), { name: 'AccessControlListNotSupported', status: 400 });
  });

  test('encryption headers: unknown algorithm, a KMS key without aws:kms, a malformed encryption context', async () => {
    const unknown = await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'sse', Body: 'x', ServerSideEncryption: 'AES128' as ServerSideEncryption })), {
      name: 'InvalidArgument',
      message: 'The encryption method specified is not supported',
      status: 400,
    });
    assert.equal(unknown.ArgumentName, 'x-amz-server-side-encryption');
    assert.equal(unknown.ArgumentValue, 'AES128');
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'sse', Body: 'x', ServerSideEncryption: 'AES256', SSEKMSKeyId: 'alias/mine' })), {
      name: 'InvalidArgument',
      message: 'Server Side Encryption with KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms',
      status: 400,
    });
    await expectAwsError(s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'sse', CopySource: `${bucket}/k`, SSEKMSKeyId: 'alias/mine' })), {
      name: 'InvalidArgument',
      message: 'Server Side Encryption with KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms',
      status: 400,
    });
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'sse', Body: 'x', ServerSideEncryption: 'aws:kms', SSEKMSEncryptionContext: 'not json' })), {
      name: 'InvalidArgument',
      message: "The header 'x-amz-server-side-encryption-context' shall be Base64-encoded UTF-8 string holding JSON which represents a string-string map",
      status: 400,
    });
    const context = Buffer.from(JSON.stringify({ project: 'nimbus' })).toString('base64');
    const put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'sse', Body: 'x', ServerSideEncryption: 'aws:kms', SSEKMSEncryptionContext: context }));
    assert.equal(put.ServerSideEncryption, 'aws:kms');
  });

  test('a website redirect must be a path or an http(s) URL', async () => {
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'r', Body: 'x', WebsiteRedirectLocation: 'elsewhere.html' })), {
      name: 'InvalidRedirectLocation',
      message: "The website redirect location must have a prefix of 'http://' or 'https://' or '/'.",
      status: 400,
    });
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'r', Body: 'x', WebsiteRedirectLocation: '/elsewhere.html' }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'r', Body: 'x', WebsiteRedirectLocation: 'https://example.com/' }));
  });

  test('CopyObject: an unknown tagging directive', async () => {
    const error = await expectAwsError(s3.send(new CopyObjectCommand({ Bucket: bucket, Key: 'copy', CopySource: `${bucket}/k`, TaggingDirective: 'KEEP' as 'COPY' })), {
      name: 'InvalidArgument',
      message: 'Unknown tagging directive.',
      status: 400,
    });
    assert.equal(error.ArgumentName, 'x-amz-tagging-directive');
  });

  test('GET/HEAD partNumber outside 1..10000 is InvalidArgument', async () => {
    for (const partNumber of [0, 10001]) {
      const error = await expectAwsError(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'k', PartNumber: partNumber })), {
        name: 'InvalidArgument',
        message: 'Part number must be an integer between 1 and 10000, inclusive',
        status: 400,
      });
      assert.equal(error.ArgumentName, 'partNumber');
      assert.equal(error.ArgumentValue, String(partNumber));
    }
    await expectAwsError(s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'k', PartNumber: 0 })), { status: 400 });
  });

  test('GetObjectAttributes: an unknown attribute name', async () => {
    const error = await expectAwsError(s3.send(new GetObjectAttributesCommand({ Bucket: bucket, Key: 'k', ObjectAttributes: ['ETag', 'Colour' as ObjectAttributes] })), {
      name: 'InvalidArgument',
      message: 'Invalid attribute name specified.',
      status: 400,
    });
    assert.equal(error.ArgumentName, 'x-amz-object-attributes');
    assert.equal(error.ArgumentValue, 'Colour');
    await expectAwsError(s3.send(new GetObjectAttributesCommand({ Bucket: bucket, Key: 'k', ObjectAttributes: ['ObjectParts'], MaxParts: -1 })), {
      name: 'InvalidArgument',
      message: 'Argument max-parts must be an integer between 0 and 2147483647',
      status: 400,
    });
  });

  test('ListMultipartUploads and ListParts: limits, markers and encoding type', async () => {
    const maxUploads = await expectAwsError(s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, MaxUploads: -1 })), {
      name: 'InvalidArgument',
      message: 'Argument max-uploads must be an integer between 0 and 2147483647',
      status: 400,
    });
    assert.equal(maxUploads.ArgumentName, 'max-uploads');
    await expectAwsError(s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, EncodingType: 'base64' as 'url' })), {
      name: 'InvalidArgument',
      message: 'Invalid Encoding Method specified in Request',
      status: 400,
    });
    await expectAwsError(s3.send(new ListPartsCommand({ Bucket: bucket, Key: 'k', UploadId: uploadId, PartNumberMarker: '-1' })), {
      name: 'InvalidArgument',
      message: 'Argument part-number-marker must be an integer between 0 and 2147483647',
      status: 400,
    });
    await expectAwsError(s3.send(new ListPartsCommand({ Bucket: bucket, Key: 'k', UploadId: uploadId, MaxParts: -5 })), {
      name: 'InvalidArgument',
      message: 'Argument max-parts must be an integer between 0 and 2147483647',
      status: 400,
    });
    const listed = await s3.send(new ListPartsCommand({ Bucket: bucket, Key: 'k', UploadId: uploadId, MaxParts: 10 }));
    assert.equal(listed.MaxParts, 10);
  });

  test('CreateBucket: an unknown object ownership', async () => {
    const error = await expectAwsError(s3.send(new CreateBucketCommand({ Bucket: 'validation-ownership', ObjectOwnership: 'Everyone' as ObjectOwnership })), {
      name: 'InvalidArgument',
      message: 'Invalid x-amz-object-ownership header: Everyone',
      status: 400,
    });
    assert.equal(error.ArgumentName, 'x-amz-object-ownership');
    // Nothing was made, and the server still answers.
    await s3.send(new CreateBucketCommand({ Bucket: 'validation-ownership', ObjectOwnership: 'ObjectWriter' }));
  });
});
