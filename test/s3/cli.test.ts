import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { aws, AWS_CLI, startTestCloud } from '../support/cloud.js';

/** S3 through the AWS CLI v2 (Debian's 2.9): the high-level `aws s3` commands and `aws s3api`. */
describe('S3 through the AWS CLI v2', () => {
  let cloud: Cloud;
  let dir: string;

  before(async () => {
    assert.ok(existsSync(AWS_CLI), `${AWS_CLI} is missing: .ci/run installs Debian's awscli package`);
    cloud = await startTestCloud();
    dir = mkdtempSync(join(tmpdir(), 'nimbus-s3-cli-'));
  });
  after(async () => {
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('mb, cp (single and multipart), ls, sync both ways, rm --recursive, rb', async () => {
    const ok = async (args: string[]) => {
      const result = await aws(cloud, args);
      assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
      return result;
    };
    await ok(['s3', 'mb', 's3://cli-bucket']);
    const small = join(dir, 'small file.txt');
    writeFileSync(small, 'small body\n');
    await ok(['s3', 'cp', small, 's3://cli-bucket/docs/small file.txt']);
    // Larger than the CLI's 8 MB multipart threshold.
    const big = join(dir, 'big.bin');
    const bigData = randomBytes(9 * 1024 * 1024 + 17);
    writeFileSync(big, bigData);
    await ok(['s3', 'cp', big, 's3://cli-bucket/docs/big.bin']);

    const listed = await ok(['s3', 'ls', 's3://cli-bucket/docs/']);
    assert.match(listed.stdout, /\s11 small file\.txt\n/);
    assert.match(listed.stdout, new RegExp(`\\s${bigData.length} big\\.bin\\n`));
    const top = await ok(['s3', 'ls', 's3://cli-bucket']);
    assert.match(top.stdout, /PRE docs\//);
    const buckets = await ok(['s3', 'ls']);
    assert.match(buckets.stdout, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d cli-bucket$/m);
    // A URL presigned by the CLI works with a plain GET.
    const presigned = await ok(['s3', 'presign', 's3://cli-bucket/docs/small file.txt', '--expires-in', '60']);
    const fetched = await fetch(presigned.stdout.trim());
    assert.equal(fetched.status, 200);
    assert.equal(await fetched.text(), 'small body\n');

    const back = join(dir, 'back.bin');
    await ok(['s3', 'cp', 's3://cli-bucket/docs/big.bin', back]);
    assert.equal(createHash('md5').update(readFileSync(back)).digest('hex'), createHash('md5').update(bigData).digest('hex'));

    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'nested'), { recursive: true });
    writeFileSync(join(tree, 'a.txt'), 'a');
    writeFileSync(join(tree, 'nested', 'b.txt'), 'b');
    const firstSync = await ok(['s3', 'sync', tree, 's3://cli-bucket/tree/']);
    assert.match(firstSync.stdout, /upload: .*a\.txt to s3:\/\/cli-bucket\/tree\/a\.txt/);
    assert.match(firstSync.stdout, /upload: .*b\.txt to s3:\/\/cli-bucket\/tree\/nested\/b\.txt/);
    // Nothing changed: nothing to do.
    const again = await ok(['s3', 'sync', tree, 's3://cli-bucket/tree/']);
    assert.equal(again.stdout.trim(), '');
    const mirror = join(dir, 'mirror');
    await ok(['s3', 'sync', 's3://cli-bucket/tree/', mirror]);
    assert.equal(readFileSync(join(mirror, 'nested', 'b.txt'), 'utf8'), 'b');

    const removed = await ok(['s3', 'rm', 's3://cli-bucket/tree/', '--recursive']);
    assert.match(removed.stdout, /delete: s3:\/\/cli-bucket\/tree\/a\.txt/);
    const afterRm = await ok(['s3api', 'list-objects-v2', '--bucket', 'cli-bucket', '--prefix', 'tree/']);
    assert.equal(afterRm.json?.Contents, undefined);

    const rbFails = await aws(cloud, ['s3', 'rb', 's3://cli-bucket']);
    assert.notEqual(rbFails.code, 0);
    assert.match(rbFails.stderr, /BucketNotEmpty/);
    await ok(['s3', 'rm', 's3://cli-bucket', '--recursive']);
    await ok(['s3', 'rb', 's3://cli-bucket']);
  });

  test('s3api: objects, versioning, tagging and errors', async () => {
    const ok = async (args: string[]) => {
      const result = await aws(cloud, args);
      assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
      return result;
    };
    await ok(['s3api', 'create-bucket', '--bucket', 'cli-api']);
    await ok(['s3api', 'put-bucket-versioning', '--bucket', 'cli-api', '--versioning-configuration', 'Status=Enabled']);
    const body = join(dir, 'body.txt');
    writeFileSync(body, 'api body');
    const put = await ok(['s3api', 'put-object', '--bucket', 'cli-api', '--key', 'k', '--body', body, '--metadata', 'owner=cli', '--tagging', 'a=1']);
    assert.equal(put.json.ETag, `"${createHash('md5').update('api body').digest('hex')}"`);
    assert.ok(put.json.VersionId);
    const head = await ok(['s3api', 'head-object', '--bucket', 'cli-api', '--key', 'k']);
    assert.equal(head.json.ContentLength, 8);
    assert.deepEqual(head.json.Metadata, { owner: 'cli' });
    const tags = await ok(['s3api', 'get-object-tagging', '--bucket', 'cli-api', '--key', 'k']);
    assert.deepEqual(tags.json.TagSet, [{ Key: 'a', Value: '1' }]);
    const out = join(dir, 'out.txt');
    const got = await ok(['s3api', 'get-object', '--bucket', 'cli-api', '--key', 'k', '--range', 'bytes=4-', out]);
    assert.equal(got.json.ContentRange, 'bytes 4-7/8');
    assert.equal(readFileSync(out, 'utf8'), 'body');
    const versions = await ok(['s3api', 'list-object-versions', '--bucket', 'cli-api']);
    assert.equal(versions.json.Versions[0].VersionId, put.json.VersionId);

    const missing = await aws(cloud, ['s3api', 'get-object', '--bucket', 'cli-api', '--key', 'nope', out]);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /An error occurred \(NoSuchKey\) when calling the GetObject operation \(reached max retries: 0\): The specified key does not exist\./);
    const badName = await aws(cloud, ['s3api', 'create-bucket', '--bucket', 'Bad_Name']);
    assert.match(badName.stderr, /InvalidBucketName|Invalid bucket name/);
  });
});
