import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AddApplicationInputCommand,
  AddApplicationInputProcessingConfigurationCommand,
  AddApplicationOutputCommand,
  AddApplicationReferenceDataSourceCommand,
  AddApplicationVpcConfigurationCommand,
  CreateApplicationCommand,
  CreateApplicationSnapshotCommand,
  DeleteApplicationInputProcessingConfigurationCommand,
  DeleteApplicationOutputCommand,
  DeleteApplicationReferenceDataSourceCommand,
  DescribeApplicationCommand,
  DiscoverInputSchemaCommand,
  KinesisAnalyticsV2Client,
  ListApplicationsCommand,
  ListApplicationVersionsCommand,
  StartApplicationCommand,
  UpdateApplicationCommand,
  type Input,
  type SourceSchema,
} from '@aws-sdk/client-kinesis-analytics-v2';
import { CreateStreamCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { createFunction } from '../lambda/support.js';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ROLE = 'arn:aws:iam::000000000000:role/kda-role';
const SCHEMA: SourceSchema = {
  RecordFormat: { RecordFormatType: 'JSON', MappingParameters: { JSONMappingParameters: { RecordRowPath: '$' } } },
  RecordColumns: [{ Name: 'TICKER', SqlType: 'VARCHAR(4)', Mapping: '$.TICKER' }],
};
const STREAM_INPUT: Input = { NamePrefix: 'SOURCE_SQL_STREAM', KinesisStreamsInput: { ResourceARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/ticks' }, InputSchema: SCHEMA };

describe('Kinesis Data Analytics v2: SQL applications', () => {
  let cloud: Cloud;
  let kda: KinesisAnalyticsV2Client;
  before(async () => {
    cloud = await startTestCloud();
    kda = new KinesisAnalyticsV2Client(clientConfig(cloud));
  });
  after(async () => {
    kda.destroy();
    await cloud.close();
  });

  test('inputs, outputs, reference data and input processing, each a new version checked against the current one', async () => {
    const { ApplicationDetail } = await kda.send(new CreateApplicationCommand({
      ApplicationName: 'ticker', RuntimeEnvironment: 'SQL-1_0', ServiceExecutionRole: ROLE,
      ApplicationConfiguration: { ApplicationCodeConfiguration: { CodeContentType: 'PLAINTEXT', CodeContent: { TextContent: 'CREATE STREAM "DEST" (TICKER VARCHAR(4));' } } },
    }));
    assert.equal(ApplicationDetail!.ConditionalToken, undefined);
    const code = ApplicationDetail!.ApplicationConfigurationDescription!.ApplicationCodeConfigurationDescription!;
    assert.equal(code.CodeContentDescription!.CodeSize, 41);
    assert.match(code.CodeContentDescription!.CodeMD5!, /^[0-9a-f]{32}$/);
    await expectAwsError(kda.send(new StartApplicationCommand({ ApplicationName: 'ticker' })), {
      name: 'InvalidApplicationConfigurationException', message: 'Application ticker has no input configured.',
    });
    await expectAwsError(kda.send(new AddApplicationInputCommand({ ApplicationName: 'ticker', CurrentApplicationVersionId: 5, Input: STREAM_INPUT })), {
      name: 'ConcurrentModificationException', message: 'Current application version is 1. Provided application version 5 does not match the current version.',
    });
    await expectAwsError(kda.send(new AddApplicationInputCommand({
      ApplicationName: 'ticker', CurrentApplicationVersionId: 1, Input: { NamePrefix: 'X', InputSchema: SCHEMA },
    })), { name: 'InvalidArgumentException', message: 'Exactly one of KinesisStreamsInput or KinesisFirehoseInput must be specified for an input.' });
    const added = await kda.send(new AddApplicationInputCommand({ ApplicationName: 'ticker', CurrentApplicationVersionId: 1, Input: { ...STREAM_INPUT, InputParallelism: { Count: 2 } } }));
    assert.equal(added.ApplicationVersionId, 2);
    assert.deepEqual(added.InputDescriptions!.map((i) => [i.InputId, i.InAppStreamNames]), [['1.1', ['SOURCE_SQL_STREAM_001', 'SOURCE_SQL_STREAM_002']]]);
    await expectAwsError(kda.send(new AddApplicationInputCommand({ ApplicationName: 'ticker', CurrentApplicationVersionId: 2, Input: STREAM_INPUT })), {
      name: 'InvalidArgumentException', message: 'An application can have at most 1 input.',
    });

    const processing = await kda.send(new AddApplicationInputProcessingConfigurationCommand({
      ApplicationName: 'ticker', CurrentApplicationVersionId: 2, InputId: '1.1',
      InputProcessingConfiguration: { InputLambdaProcessor: { ResourceARN: 'arn:aws:lambda:us-east-1:000000000000:function:clean' } },
    }));
    assert.deepEqual(processing.InputProcessingConfigurationDescription, { InputLambdaProcessorDescription: { ResourceARN: 'arn:aws:lambda:us-east-1:000000000000:function:clean' } });
    await expectAwsError(kda.send(new DeleteApplicationInputProcessingConfigurationCommand({ ApplicationName: 'ticker', CurrentApplicationVersionId: 3, InputId: '9.9' })), {
      name: 'ResourceNotFoundException', message: 'Input 9.9 does not exist.',
    });
    await kda.send(new DeleteApplicationInputProcessingConfigurationCommand({ ApplicationName: 'ticker', CurrentApplicationVersionId: 3, InputId: '1.1' }));

    for (const [i, name] of ['A', 'B', 'C'].entries()) {
      const output = await kda.send(new AddApplicationOutputCommand({
        ApplicationName: 'ticker', CurrentApplicationVersionId: 4 + i,
        Output: { Name: name, DestinationSchema: { RecordFormatType: 'JSON' }, KinesisFirehoseOutput: { ResourceARN: 'arn:aws:firehose:us-east-1:000000000000:deliverystream/out' } },
      }));
      assert.equal(output.OutputDescriptions!.length, i + 1);
    }
    await expectAwsError(kda.send(new AddApplicationOutputCommand({
      ApplicationName: 'ticker', CurrentApplicationVersionId: 7, Output: { Name: 'D', DestinationSchema: { RecordFormatType: 'CSV' }, LambdaOutput: { ResourceARN: 'arn:aws:lambda:us-east-1:000000000000:function:out' } },
    })), { name: 'InvalidArgumentException', message: 'An application can have at most 3 outputs.' });
    await kda.send(new DeleteApplicationOutputCommand({ ApplicationName: 'ticker', CurrentApplicationVersionId: 7, OutputId: '1.2' }));
    const reference = await kda.send(new AddApplicationReferenceDataSourceCommand({
      ApplicationName: 'ticker', CurrentApplicationVersionId: 8,
      ReferenceDataSource: { TableName: 'COMPANIES', ReferenceSchema: SCHEMA, S3ReferenceDataSource: { BucketARN: 'arn:aws:s3:::ref', FileKey: 'companies.json' } },
    }));
    assert.deepEqual(reference.ReferenceDataSourceDescriptions!.map((r) => [r.ReferenceId, r.TableName, r.S3ReferenceDataSourceDescription!.FileKey]), [['1.1', 'COMPANIES', 'companies.json']]);

    const updated = await kda.send(new UpdateApplicationCommand({
      ApplicationName: 'ticker', CurrentApplicationVersionId: 9,
      ApplicationConfigurationUpdate: { SqlApplicationConfigurationUpdate: { OutputUpdates: [{ OutputId: '1.3', NameUpdate: 'C2' }], ReferenceDataSourceUpdates: [{ ReferenceId: '1.1', TableNameUpdate: 'FIRMS' }] } },
    }));
    const sql = updated.ApplicationDetail!.ApplicationConfigurationDescription!.SqlApplicationConfigurationDescription!;
    assert.deepEqual(sql.OutputDescriptions!.map((o) => [o.OutputId, o.Name]), [['1.1', 'A'], ['1.3', 'C2']]);
    assert.equal(sql.ReferenceDataSourceDescriptions![0]!.TableName, 'FIRMS');
    await kda.send(new DeleteApplicationReferenceDataSourceCommand({ ApplicationName: 'ticker', CurrentApplicationVersionId: 10, ReferenceId: '1.1' }));

    await kda.send(new StartApplicationCommand({ ApplicationName: 'ticker', RunConfiguration: { SqlRunConfigurations: [{ InputId: '1.1', InputStartingPositionConfiguration: { InputStartingPosition: 'TRIM_HORIZON' } }] } }));
    await advanceClock(cloud, '30s');
    const running = (await kda.send(new DescribeApplicationCommand({ ApplicationName: 'ticker' }))).ApplicationDetail!;
    assert.equal(running.ApplicationStatus, 'RUNNING');
    assert.equal(running.ApplicationVersionId, 11);
    assert.deepEqual(running.ApplicationConfigurationDescription!.SqlApplicationConfigurationDescription!.InputDescriptions![0]!.InputStartingPositionConfiguration, { InputStartingPosition: 'TRIM_HORIZON' });
    // A running SQL application takes configuration changes at once: no UPDATING.
    const output = await kda.send(new AddApplicationOutputCommand({
      ApplicationName: 'ticker', CurrentApplicationVersionId: 11, Output: { Name: 'E', DestinationSchema: { RecordFormatType: 'CSV' }, KinesisStreamsOutput: { ResourceARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/out' } },
    }));
    assert.equal(output.ApplicationVersionId, 12);

    await expectAwsError(kda.send(new ListApplicationVersionsCommand({ ApplicationName: 'ticker' })), {
      name: 'UnsupportedOperationException', message: 'ListApplicationVersions is not supported for SQL applications.',
    });
    await expectAwsError(kda.send(new CreateApplicationSnapshotCommand({ ApplicationName: 'ticker', SnapshotName: 's' })), { name: 'UnsupportedOperationException' });
    await expectAwsError(kda.send(new AddApplicationVpcConfigurationCommand({ ApplicationName: 'ticker', CurrentApplicationVersionId: 12, VpcConfiguration: { SubnetIds: ['s'], SecurityGroupIds: ['g'] } })), {
      name: 'InvalidArgumentException', message: 'AddApplicationVpcConfiguration is not supported for SQL applications.',
    });
  });

  test('bad configurations at creation get AWS errors', async () => {
    await expectAwsError(kda.send(new CreateApplicationCommand({
      ApplicationName: 'mixed', RuntimeEnvironment: 'SQL-1_0', ServiceExecutionRole: ROLE,
      ApplicationConfiguration: { FlinkApplicationConfiguration: { ParallelismConfiguration: { ConfigurationType: 'DEFAULT' } } },
    })), { name: 'InvalidArgumentException', message: 'SQL applications support only SqlApplicationConfiguration and ApplicationCodeConfiguration.' });
    await expectAwsError(kda.send(new CreateApplicationCommand({
      ApplicationName: 'flinksql', RuntimeEnvironment: 'FLINK-1_18', ServiceExecutionRole: ROLE, ApplicationConfiguration: { SqlApplicationConfiguration: { Inputs: [STREAM_INPUT] } },
    })), { name: 'InvalidArgumentException', message: 'SqlApplicationConfiguration is not supported for runtime environment FLINK-1_18.' });
    await expectAwsError(kda.send(new CreateApplicationCommand({ ApplicationName: 'notebook', RuntimeEnvironment: 'FLINK-1_18', ServiceExecutionRole: ROLE, ApplicationMode: 'INTERACTIVE' })), {
      name: 'InvalidArgumentException', message: 'ApplicationMode INTERACTIVE is not supported for runtime environment FLINK-1_18.',
    });
    const zeppelin = await kda.send(new CreateApplicationCommand({ ApplicationName: 'studio', RuntimeEnvironment: 'ZEPPELIN-FLINK-3_0', ServiceExecutionRole: ROLE }));
    assert.equal(zeppelin.ApplicationDetail!.ApplicationMode, 'INTERACTIVE');
    assert.deepEqual(zeppelin.ApplicationDetail!.ApplicationConfigurationDescription!.ZeppelinApplicationConfigurationDescription!.MonitoringConfigurationDescription, { LogLevel: 'INFO' });
    const first = await kda.send(new ListApplicationsCommand({ Limit: 1 }));
    assert.deepEqual([first.ApplicationSummaries!.map((s) => s.ApplicationName), first.NextToken], [['studio'], 'studio']);
    const second = await kda.send(new ListApplicationsCommand({ Limit: 1, NextToken: first.NextToken }));
    assert.deepEqual([second.ApplicationSummaries!.map((s) => s.ApplicationName), second.NextToken], [['ticker'], undefined]);
    // Model validation: a name outside [a-zA-Z0-9_.-]+.
    await expectAwsError(kda.send(new CreateApplicationCommand({ ApplicationName: 'bad name', RuntimeEnvironment: 'SQL-1_0', ServiceExecutionRole: ROLE })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value 'bad name' at 'applicationName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      status: 400,
    });
  });

  test('DiscoverInputSchema infers columns from an S3 object and from a stream; nothing to read is UnableToDetectSchemaException', async () => {
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    const kinesis = new KinesisClient(clientConfig(cloud));
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'samples' }));
      await s3.send(new PutObjectCommand({ Bucket: 'samples', Key: 'ticks.json', Body: '{"TICKER":"AMZN","PRICE":84.51,"QTY":3,"META":{"EXCHANGE":"NASDAQ"}}\n{"TICKER":"MSFT","PRICE":12,"QTY":40}\n' }));
      const fromS3 = await kda.send(new DiscoverInputSchemaCommand({ ServiceExecutionRole: ROLE, S3Configuration: { BucketARN: 'arn:aws:s3:::samples', FileKey: 'ticks.json' } }));
      assert.deepEqual(fromS3.InputSchema!.RecordColumns, [
        { Name: 'TICKER', Mapping: '$.TICKER', SqlType: 'VARCHAR(4)' },
        { Name: 'PRICE', Mapping: '$.PRICE', SqlType: 'REAL' },
        { Name: 'QTY', Mapping: '$.QTY', SqlType: 'INTEGER' },
        { Name: 'META_EXCHANGE', Mapping: '$.META.EXCHANGE', SqlType: 'VARCHAR(8)' },
      ]);
      assert.equal(fromS3.InputSchema!.RecordFormat!.RecordFormatType, 'JSON');
      assert.deepEqual(fromS3.ParsedInputRecords, [['AMZN', '84.51', '3', 'NASDAQ'], ['MSFT', '12', '40', '']]);
      assert.equal(fromS3.RawInputRecords!.length, 2);

      await kinesis.send(new CreateStreamCommand({ StreamName: 'csv-ticks', ShardCount: 1 }));
      await advanceClock(cloud, '1m');
      for (const line of ['AMZN,84.5,true', 'MSFT,12.25,false']) {
        await kinesis.send(new PutRecordCommand({ StreamName: 'csv-ticks', PartitionKey: 'k', Data: Buffer.from(line) }));
      }
      const fromStream = await kda.send(new DiscoverInputSchemaCommand({
        ServiceExecutionRole: ROLE, ResourceARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/csv-ticks', InputStartingPositionConfiguration: { InputStartingPosition: 'TRIM_HORIZON' },
      }));
      assert.equal(fromStream.InputSchema!.RecordFormat!.RecordFormatType, 'CSV');
      assert.deepEqual(fromStream.InputSchema!.RecordColumns!.map((c) => [c.Name, c.SqlType]), [['COL1', 'VARCHAR(4)'], ['COL2', 'REAL'], ['COL3', 'BOOLEAN']]);

      const error = await expectAwsError(kda.send(new DiscoverInputSchemaCommand({
        ServiceExecutionRole: ROLE, ResourceARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/csv-ticks', InputStartingPositionConfiguration: { InputStartingPosition: 'NOW' },
      })), { name: 'UnableToDetectSchemaException', message: 'Unable to detect schema: no records were found in the source.', status: 400 });
      assert.deepEqual(error.RawInputRecords, []);
      // Records go through the input processing function first: it drops one and rewrites the other.
      const lambda = new LambdaClient(clientConfig(cloud));
      try {
        const { FunctionArn } = await createFunction(lambda, 'kda-preprocess', {
          'index.js': `exports.handler = async (event) => ({ records: event.records.map((r) => {
            const row = JSON.parse(Buffer.from(r.data, 'base64').toString());
            if (row.TICKER === 'MSFT') return { recordId: r.recordId, result: 'Dropped', data: r.data };
            return { recordId: r.recordId, result: 'Ok', data: Buffer.from(JSON.stringify({ SYMBOL: row.TICKER.toLowerCase() })).toString('base64') };
          }) });`,
        });
        const processed = await kda.send(new DiscoverInputSchemaCommand({
          ServiceExecutionRole: ROLE, S3Configuration: { BucketARN: 'arn:aws:s3:::samples', FileKey: 'ticks.json' },
          InputProcessingConfiguration: { InputLambdaProcessor: { ResourceARN: FunctionArn! } },
        }));
        assert.equal(processed.RawInputRecords!.length, 2);
        assert.deepEqual(processed.ProcessedInputRecords, ['{"SYMBOL":"amzn"}']);
        assert.deepEqual(processed.InputSchema!.RecordColumns, [{ Name: 'SYMBOL', Mapping: '$.SYMBOL', SqlType: 'VARCHAR(4)' }]);
        await expectAwsError(kda.send(new DiscoverInputSchemaCommand({
          ServiceExecutionRole: ROLE, S3Configuration: { BucketARN: 'arn:aws:s3:::samples', FileKey: 'ticks.json' },
          InputProcessingConfiguration: { InputLambdaProcessor: { ResourceARN: 'arn:aws:lambda:us-east-1:000000000000:function:absent' } },
        })), { name: 'InvalidArgumentException', message: /^Unable to invoke the input processing function arn:aws:lambda:us-east-1:000000000000:function:absent: / });
      } finally {
        lambda.destroy();
      }

      await expectAwsError(kda.send(new DiscoverInputSchemaCommand({ ServiceExecutionRole: ROLE })), {
        name: 'InvalidArgumentException', message: 'Exactly one of ResourceARN or S3Configuration must be specified.',
      });
      await expectAwsError(kda.send(new DiscoverInputSchemaCommand({ ServiceExecutionRole: ROLE, ResourceARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/missing' })), {
        name: 'InvalidArgumentException', message: 'Stream arn:aws:kinesis:us-east-1:000000000000:stream/missing does not exist.',
      });
    } finally {
      s3.destroy();
      kinesis.destroy();
    }
  });
});
