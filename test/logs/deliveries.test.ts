import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateDeliveryCommand,
  CreateLogGroupCommand,
  DeleteDeliveryCommand,
  DeleteDeliveryDestinationCommand,
  DeleteDeliveryDestinationPolicyCommand,
  DeleteDeliverySourceCommand,
  DescribeConfigurationTemplatesCommand,
  DescribeDeliveriesCommand,
  DescribeDeliveryDestinationsCommand,
  DescribeDeliverySourcesCommand,
  GetDeliveryCommand,
  GetDeliveryDestinationCommand,
  GetDeliveryDestinationPolicyCommand,
  GetDeliverySourceCommand,
  PutDeliveryDestinationCommand,
  PutDeliveryDestinationPolicyCommand,
  PutDeliverySourceCommand,
  UpdateDeliveryConfigurationCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const OTHER = '444444444444';
const DISTRIBUTION = `arn:aws:cloudfront::${ACCOUNT}:distribution/E1ABCDEF234567`;
const RUNTIME = `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:runtime/agent-1`;

describe('Logs vended-log deliveries (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  let other: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    other = new CloudWatchLogsClient({ ...clientConfig(cloud), credentials: { accessKeyId: OTHER, secretAccessKey: 'test' } });
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'cdn-logs' }));
  });
  after(async () => {
    logs.destroy();
    other.destroy();
    await cloud.close();
  });

  test('delivery sources: a supported resource and log type; others are ValidationException; one source a resource and log type', async () => {
    const put = await logs.send(new PutDeliverySourceCommand({ name: 'cdn', resourceArn: DISTRIBUTION, logType: 'ACCESS_LOGS', tags: { team: 'web' } }));
    assert.deepEqual(put.deliverySource, {
      name: 'cdn',
      arn: `arn:aws:logs:us-east-1:${ACCOUNT}:delivery-source:cdn`,
      resourceArns: [DISTRIBUTION],
      service: 'cloudfront',
      logType: 'ACCESS_LOGS',
      tags: { team: 'web' },
    });
    assert.deepEqual((await logs.send(new GetDeliverySourceCommand({ name: 'cdn' }))).deliverySource, put.deliverySource);
    await logs.send(new PutDeliverySourceCommand({ name: 'agent-traces', resourceArn: RUNTIME, logType: 'TRACES' }));
    const listed = await logs.send(new DescribeDeliverySourcesCommand({ limit: 1 }));
    assert.deepEqual(listed.deliverySources?.map((s) => s.name), ['agent-traces']);
    const next = await logs.send(new DescribeDeliverySourcesCommand({ nextToken: listed.nextToken }));
    assert.deepEqual(next.deliverySources?.map((s) => s.name), ['cdn']);

    await expectAwsError(logs.send(new PutDeliverySourceCommand({ name: 'q', resourceArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:queue`, logType: 'ACCESS_LOGS' })), {
      name: 'ValidationException',
      status: 400,
    });
    await expectAwsError(logs.send(new PutDeliverySourceCommand({ name: 'cdn2', resourceArn: DISTRIBUTION, logType: 'EVENT_LOGS' })), {
      name: 'ValidationException',
      message: 'Log type EVENT_LOGS is not supported for service cloudfront. Supported log types: ACCESS_LOGS.',
      status: 400,
    });
    await expectAwsError(logs.send(new PutDeliverySourceCommand({ name: 'cdn2', resourceArn: DISTRIBUTION, logType: 'ACCESS_LOGS' })), {
      name: 'ConflictException',
      message: 'This ResourceId has already been used in another Delivery Source in this account.',
      status: 400,
    });
    await expectAwsError(logs.send(new PutDeliverySourceCommand({ name: 'bad name!', resourceArn: DISTRIBUTION, logType: 'ACCESS_LOGS' })), {
      name: 'ValidationException',
      status: 400,
    });
    await expectAwsError(logs.send(new GetDeliverySourceCommand({ name: 'missing' })), { name: 'ResourceNotFoundException', status: 400 });
  });

  test('delivery destinations: a log group, a bucket or a Firehose stream, with a format that type takes', async () => {
    const cwl = await logs.send(
      new PutDeliveryDestinationCommand({
        name: 'to-logs',
        outputFormat: 'json',
        deliveryDestinationConfiguration: { destinationResourceArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cdn-logs` },
      }),
    );
    assert.equal(cwl.deliveryDestination?.deliveryDestinationType, 'CWL');
    assert.equal(cwl.deliveryDestination?.arn, `arn:aws:logs:us-east-1:${ACCOUNT}:delivery-destination:to-logs`);
    const s3 = await logs.send(
      new PutDeliveryDestinationCommand({ name: 'to-s3', outputFormat: 'parquet', deliveryDestinationConfiguration: { destinationResourceArn: 'arn:aws:s3:::cdn-archive' } }),
    );
    assert.equal(s3.deliveryDestination?.deliveryDestinationType, 'S3');
    const fh = await logs.send(
      new PutDeliveryDestinationCommand({ name: 'to-fh', deliveryDestinationConfiguration: { destinationResourceArn: `arn:aws:firehose:us-east-1:${ACCOUNT}:deliverystream/cdn` } }),
    );
    assert.equal(fh.deliveryDestination?.deliveryDestinationType, 'FH');
    assert.equal(fh.deliveryDestination?.outputFormat, 'json');
    const xray = await logs.send(new PutDeliveryDestinationCommand({ name: 'to-xray', deliveryDestinationType: 'XRAY' }));
    assert.equal(xray.deliveryDestination?.deliveryDestinationType, 'XRAY');
    assert.deepEqual((await logs.send(new GetDeliveryDestinationCommand({ name: 'to-s3' }))).deliveryDestination, s3.deliveryDestination);
    const all = await logs.send(new DescribeDeliveryDestinationsCommand({}));
    assert.deepEqual(all.deliveryDestinations?.map((d) => d.name), ['to-fh', 'to-logs', 'to-s3', 'to-xray']);

    await expectAwsError(
      logs.send(new PutDeliveryDestinationCommand({ name: 'x', outputFormat: 'parquet', deliveryDestinationConfiguration: { destinationResourceArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cdn-logs` } })),
      { name: 'ValidationException', message: 'Output format parquet is not supported for delivery destination type CWL.', status: 400 },
    );
    await expectAwsError(logs.send(new PutDeliveryDestinationCommand({ name: 'x', deliveryDestinationConfiguration: { destinationResourceArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:q` } })), {
      name: 'ValidationException',
      status: 400,
    });
    await expectAwsError(logs.send(new PutDeliveryDestinationCommand({ name: 'x' })), { name: 'ValidationException', status: 400 });
  });

  test('deliveries pair a source with a destination; config is checked; sources and destinations in use cannot be deleted', async () => {
    const destinationArn = `arn:aws:logs:us-east-1:${ACCOUNT}:delivery-destination:to-s3`;
    const created = await logs.send(
      new CreateDeliveryCommand({ deliverySourceName: 'cdn', deliveryDestinationArn: destinationArn, recordFields: ['date', 'time', 'c-ip'], fieldDelimiter: ',', s3DeliveryConfiguration: { suffixPath: 'cdn/{yyyy}/{MM}' } }),
    );
    const delivery = created.delivery!;
    assert.match(delivery.id!, /^[0-9A-Za-z]{16}$/);
    assert.equal(delivery.arn, `arn:aws:logs:us-east-1:${ACCOUNT}:delivery:${delivery.id}`);
    assert.equal(delivery.deliveryDestinationType, 'S3');
    assert.deepEqual(delivery.recordFields, ['date', 'time', 'c-ip']);
    assert.deepEqual(delivery.s3DeliveryConfiguration, { suffixPath: 'cdn/{yyyy}/{MM}', enableHiveCompatiblePath: false });
    assert.deepEqual((await logs.send(new GetDeliveryCommand({ id: delivery.id }))).delivery, delivery);

    await expectAwsError(logs.send(new CreateDeliveryCommand({ deliverySourceName: 'cdn', deliveryDestinationArn: destinationArn })), { name: 'ConflictException', status: 400 });
    const toLogs = `arn:aws:logs:us-east-1:${ACCOUNT}:delivery-destination:to-logs`;
    await expectAwsError(logs.send(new CreateDeliveryCommand({ deliverySourceName: 'cdn', deliveryDestinationArn: toLogs, recordFields: ['date', 'no-such-field'] })), {
      name: 'ValidationException',
      message: 'The record fields [no-such-field] are not supported for log type ACCESS_LOGS.',
      status: 400,
    });
    await expectAwsError(logs.send(new CreateDeliveryCommand({ deliverySourceName: 'cdn', deliveryDestinationArn: toLogs, s3DeliveryConfiguration: { suffixPath: 'x' } })), {
      name: 'ValidationException',
      status: 400,
    });
    await expectAwsError(logs.send(new CreateDeliveryCommand({ deliverySourceName: 'agent-traces', deliveryDestinationArn: destinationArn })), {
      name: 'ValidationException',
      message: 'Log type TRACES cannot be delivered to a delivery destination of type S3.',
      status: 400,
    });
    const traces = await logs.send(
      new CreateDeliveryCommand({ deliverySourceName: 'agent-traces', deliveryDestinationArn: `arn:aws:logs:us-east-1:${ACCOUNT}:delivery-destination:to-xray` }),
    );
    assert.equal(traces.delivery?.deliveryDestinationType, 'XRAY');
    await expectAwsError(logs.send(new CreateDeliveryCommand({ deliverySourceName: 'missing', deliveryDestinationArn: destinationArn })), { name: 'ResourceNotFoundException', status: 400 });
    await expectAwsError(
      logs.send(new CreateDeliveryCommand({ deliverySourceName: 'cdn', deliveryDestinationArn: `arn:aws:logs:us-east-1:${ACCOUNT}:delivery-destination:missing` })),
      { name: 'ResourceNotFoundException', status: 400 },
    );

    await logs.send(new UpdateDeliveryConfigurationCommand({ id: delivery.id, recordFields: ['date', 'sc-status'], s3DeliveryConfiguration: { enableHiveCompatiblePath: true } }));
    const updated = (await logs.send(new GetDeliveryCommand({ id: delivery.id }))).delivery!;
    assert.deepEqual(updated.recordFields, ['date', 'sc-status']);
    assert.equal(updated.fieldDelimiter, ',');
    assert.equal(updated.s3DeliveryConfiguration?.enableHiveCompatiblePath, true);
    await expectAwsError(logs.send(new UpdateDeliveryConfigurationCommand({ id: delivery.id, recordFields: ['bogus'] })), { name: 'ValidationException', status: 400 });

    const listed = await logs.send(new DescribeDeliveriesCommand({}));
    assert.deepEqual(listed.deliveries?.map((d) => d.id).sort(), [delivery.id, traces.delivery!.id].sort());

    await expectAwsError(logs.send(new DeleteDeliverySourceCommand({ name: 'cdn' })), { name: 'ConflictException', status: 400 });
    await expectAwsError(logs.send(new DeleteDeliveryDestinationCommand({ name: 'to-s3' })), { name: 'ConflictException', status: 400 });
    await expectAwsError(logs.send(new PutDeliverySourceCommand({ name: 'cdn', resourceArn: `arn:aws:cloudfront::${ACCOUNT}:distribution/E2OTHER`, logType: 'ACCESS_LOGS' })), {
      name: 'ConflictException',
      status: 400,
    });
    await logs.send(new DeleteDeliveryCommand({ id: delivery.id }));
    await expectAwsError(logs.send(new GetDeliveryCommand({ id: delivery.id })), { name: 'ResourceNotFoundException', status: 400 });
    await expectAwsError(logs.send(new DeleteDeliveryCommand({ id: delivery.id })), { name: 'ResourceNotFoundException', status: 400 });
    await logs.send(new DeleteDeliveryDestinationCommand({ name: 'to-s3' }));
    await logs.send(new DeleteDeliveryCommand({ id: traces.delivery!.id }));
    await logs.send(new DeleteDeliverySourceCommand({ name: 'agent-traces' }));
    assert.deepEqual((await logs.send(new DescribeDeliverySourcesCommand({}))).deliverySources?.map((s) => s.name), ['cdn']);
  });

  test('a delivery to another account’s destination needs that destination’s policy', async () => {
    await other.send(new CreateLogGroupCommand({ logGroupName: 'central' }));
    await other.send(
      new PutDeliveryDestinationCommand({ name: 'central', deliveryDestinationConfiguration: { destinationResourceArn: `arn:aws:logs:us-east-1:${OTHER}:log-group:central` } }),
    );
    const destinationArn = `arn:aws:logs:us-east-1:${OTHER}:delivery-destination:central`;
    await expectAwsError(logs.send(new CreateDeliveryCommand({ deliverySourceName: 'cdn', deliveryDestinationArn: destinationArn })), {
      name: 'AccessDeniedException',
      message: `User with accountId: ${ACCOUNT} is not authorized to perform: logs:CreateDelivery on resource: ${destinationArn}`,
      status: 400,
    });
    assert.deepEqual((await other.send(new GetDeliveryDestinationPolicyCommand({ deliveryDestinationName: 'central' }))).policy, {});
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'AllowLogDeliveryActions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'logs:CreateDelivery', Resource: destinationArn }],
    });
    const put = await other.send(new PutDeliveryDestinationPolicyCommand({ deliveryDestinationName: 'central', deliveryDestinationPolicy: policy }));
    assert.equal(put.policy?.deliveryDestinationPolicy, policy);
    assert.equal((await other.send(new GetDeliveryDestinationPolicyCommand({ deliveryDestinationName: 'central' }))).policy?.deliveryDestinationPolicy, policy);
    const created = await logs.send(new CreateDeliveryCommand({ deliverySourceName: 'cdn', deliveryDestinationArn: destinationArn }));
    assert.equal(created.delivery?.deliveryDestinationArn, destinationArn);
    await expectAwsError(other.send(new DeleteDeliveryDestinationCommand({ name: 'central' })), { name: 'ConflictException', status: 400 });
    await logs.send(new DeleteDeliveryCommand({ id: created.delivery!.id }));
    await other.send(new DeleteDeliveryDestinationPolicyCommand({ deliveryDestinationName: 'central' }));
    await expectAwsError(other.send(new DeleteDeliveryDestinationPolicyCommand({ deliveryDestinationName: 'central' })), { name: 'ResourceNotFoundException', status: 400 });
    await expectAwsError(other.send(new PutDeliveryDestinationPolicyCommand({ deliveryDestinationName: 'central', deliveryDestinationPolicy: 'nope' })), {
      name: 'ValidationException',
      status: 400,
    });
    await other.send(new DeleteDeliveryDestinationCommand({ name: 'central' }));
  });

  test('DescribeConfigurationTemplates answers a template a service, log type and destination type', async () => {
    const result = await logs.send(new DescribeConfigurationTemplatesCommand({ service: 'cloudfront', deliveryDestinationTypes: ['S3'] }));
    assert.equal(result.configurationTemplates?.length, 1);
    const template = result.configurationTemplates![0];
    assert.equal(template.logType, 'ACCESS_LOGS');
    assert.deepEqual(template.allowedOutputFormats, ['json', 'plain', 'w3c', 'raw', 'parquet']);
    assert.ok(template.allowedFields?.some((f) => f.name === 'c-ip'));
    assert.equal(template.allowedActionForAllowVendedLogsDeliveryForResource, 'cloudfront:AllowVendedLogDeliveryForResource');
    const traces = await logs.send(new DescribeConfigurationTemplatesCommand({ logTypes: ['TRACES'] }));
    assert.ok(traces.configurationTemplates!.length > 0);
    assert.ok(traces.configurationTemplates!.every((t) => t.deliveryDestinationType === 'XRAY'));
    await expectAwsError(logs.send(new DescribeConfigurationTemplatesCommand({ service: 'nosuchservice' })), { name: 'ResourceNotFoundException', status: 400 });
  });
});
