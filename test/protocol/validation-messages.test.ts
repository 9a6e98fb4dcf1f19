import { after, before, describe, test } from 'node:test';
import { CloudWatchLogsClient, CreateLogGroupCommand, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { CreateAliasCommand, CreateFunctionCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** A value TypeScript would refuse: the SDK passes it on as it is, as it does for a JavaScript caller. */
const loose = <T>(value: unknown) => value as T;

/**
 * The model validation every service gets from the protocol layer, worded as AWS's request
 * validation words it: every value quoted (numbers too), several violations counted and joined
 * by "; ", a broken map key or value reported once at the map with all of the key's or value's
 * constraints, a double written as Java writes it (1.0), and a sensitive member's value withheld.
 */
describe('validation messages as AWS words them', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  let lambda: LambdaClient;
  let dynamodb: DynamoDBClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    lambda = new LambdaClient(clientConfig(cloud));
    dynamodb = new DynamoDBClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
  });
  after(async () => {
    logs.destroy();
    lambda.destroy();
    dynamodb.destroy();
    sqs.destroy();
    await cloud.close();
  });

  test('a number out of range is quoted (Logs DescribeLogGroups limit)', async () => {
    await expectAwsError(logs.send(new DescribeLogGroupsCommand({ limit: 100 })), {
      name: 'InvalidParameterException',
      message: "1 validation error detected: Value '100' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
      status: 400,
    });
  });

  test('several violations are counted and joined with "; " (DynamoDB Query)', async () => {
    await expectAwsError(dynamodb.send(new QueryCommand({ TableName: '', Limit: 0, KeyConditionExpression: 'id = :id', ExpressionAttributeValues: { ':id': { S: 'a' } } })), {
      name: 'ValidationException',
      message:
        "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 1",
      status: 400,
    });
  });

  test('a broken map key is reported at the map with every constraint of the key (Logs tags)', async () => {
    await expectAwsError(logs.send(new CreateLogGroupCommand({ logGroupName: 'tagged', tags: { 'bad*key': 'v' } })), {
      name: 'InvalidParameterException',
      message:
        "1 validation error detected: Value '{bad*key=v}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: " +
        '[Member must have length less than or equal to 128, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$]',
      status: 400,
    });
  });

  test("a sensitive map's value is withheld (Lambda environment variable names)", async () => {
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({
        FunctionName: 'env-names',
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: 'arn:aws:iam::000000000000:role/lambda-role',
        Code: { ZipFile: Buffer.from('not checked before validation') },
        Environment: { Variables: { 'BAD-NAME': 'secret' } },
      })),
      {
        name: 'ValidationException',
        message: "1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]",
        status: 400,
      },
    );
  });

  test('a broken map value is reported at the map, doubles written as 1.0 (Lambda alias weights)', async () => {
    await expectAwsError(
      lambda.send(new CreateAliasCommand({ FunctionName: 'weighted', Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 2 } } })),
      {
        name: 'ValidationException',
        message:
          "1 validation error detected: Value '{2=2.0}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: " +
          '[Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0]',
        status: 400,
      },
    );
  });

  test("a list too long is written as Java writes it, structures as their model class (Lambda)", async () => {
    const base = {
      FunctionName: 'lists',
      Runtime: 'nodejs20.x' as const,
      Handler: 'index.handler',
      Role: 'arn:aws:iam::000000000000:role/lambda-role',
      Code: { ZipFile: Buffer.from('not checked before validation') },
    };
    await expectAwsError(lambda.send(new CreateFunctionCommand({ ...base, Architectures: ['x86_64', 'arm64'] })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value '[x86_64, arm64]' at 'architectures' failed to satisfy constraint: Member must have length less than or equal to 1",
      status: 400,
    });
    const efs = 'arn:aws:elasticfilesystem:us-east-1:000000000000:access-point/fsap-0123456789abcdef0';
    await expectAwsError(
      lambda.send(new CreateFunctionCommand({ ...base, FileSystemConfigs: [{ Arn: efs, LocalMountPath: '/mnt/a' }, { Arn: efs, LocalMountPath: '/mnt/b' }] })),
      {
        name: 'ValidationException',
        message:
          `1 validation error detected: Value '[FileSystemConfig(arn=${efs}, localMountPath=/mnt/a), FileSystemConfig(arn=${efs}, localMountPath=/mnt/b)]' ` +
          "at 'fileSystemConfigs' failed to satisfy constraint: Member must have length less than or equal to 1",
        status: 400,
      },
    );
  });

  test("a value of the wrong JSON kind is refused in AWS's words (SQS, DynamoDB, Logs)", async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'kinds' }));
    await expectAwsError(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'm', DelaySeconds: loose<number>('invalid') })), {
      name: 'SerializationException',
      message: 'STRING_VALUE can not be converted to an Integer',
      status: 400,
    });
    await expectAwsError(logs.send(new DescribeLogGroupsCommand({ limit: loose<number>(true) })), {
      name: 'SerializationException',
      message: 'TRUE_VALUE can not be converted to an Integer',
      status: 400,
    });
    await expectAwsError(dynamodb.send(new ListTablesCommand({ ExclusiveStartTableName: loose<string>(5) })), {
      name: 'SerializationException',
      message: 'NUMBER_VALUE can not be converted to a String',
      status: 400,
    });
  });

  test('which error wins: the JSON kind before the model constraints, the model constraints before the service', async () => {
    // An empty table name breaks its length, but a Limit that is no number is refused first.
    await expectAwsError(dynamodb.send(new ScanCommand({ TableName: '', Limit: loose<number>('abc') })), {
      name: 'SerializationException',
      message: 'STRING_VALUE can not be converted to an Integer',
      status: 400,
    });
    // A PROVISIONED table without throughput is DynamoDB's own check; the empty key schema is the model's, and comes first.
    await expectAwsError(
      dynamodb.send(new CreateTableCommand({ TableName: 'order', BillingMode: 'PROVISIONED', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [] })),
      {
        name: 'ValidationException',
        message: "1 validation error detected: Value '[]' at 'keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1",
        status: 400,
      },
    );
  });

  test('the services still answer valid requests afterwards', async () => {
    await logs.send(new DescribeLogGroupsCommand({ limit: 50 }));
    await dynamodb.send(new ListTablesCommand({ Limit: 1 }));
    await lambda.send(new ListFunctionsCommand({ MaxItems: 1 }));
    await sqs.send(new CreateQueueCommand({ QueueName: 'still-answering' }));
  });
});
