/**
 * AWS-managed policies as the AWS Managed Policy Reference publishes them
 * (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html): name, path,
 * description, default version, creation and edit times, and the document (data, not code).
 * The reference gives times to the minute and no PolicyId: ids are made from the name.
 */
export interface AwsManagedPolicyData {
  name: string;
  path: string;
  description: string;
  versionId: string;
  created: string;
  updated: string;
  document: unknown;
}

const LOGS_WRITE = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'];

export const awsManagedPolicyData: AwsManagedPolicyData[] = [
  {
    name: 'AdministratorAccess', path: '/', description: 'Provides full access to AWS services and resources.',
    versionId: 'v1', created: '2015-02-06T18:39:00Z', updated: '2015-02-06T18:39:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  },
  {
    name: 'PowerUserAccess', path: '/', description: 'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
    versionId: 'v12', created: '2015-02-06T18:39:00Z', updated: '2026-02-12T17:59:00Z',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: [
            'account:GetAccountInformation', 'account:GetGovCloudAccountInformation', 'account:GetPrimaryEmail', 'account:ListRegions',
            'iam:CreateServiceLinkedRole', 'iam:DeleteServiceLinkedRole', 'iam:ListRoles', 'organizations:DescribeEffectivePolicy', 'organizations:DescribeOrganization',
          ],
          Resource: '*',
        },
      ],
    },
  },
  {
    name: 'IAMFullAccess', path: '/', description: 'Provides full access to IAM via the AWS Management Console.',
    versionId: 'v2', created: '2015-02-06T18:40:00Z', updated: '2019-06-21T19:40:00Z',
    document: {
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Action: [
          'iam:*', 'organizations:DescribeAccount', 'organizations:DescribeOrganization', 'organizations:DescribeOrganizationalUnit', 'organizations:DescribePolicy',
          'organizations:ListChildren', 'organizations:ListParents', 'organizations:ListPoliciesForTarget', 'organizations:ListRoots', 'organizations:ListPolicies',
          'organizations:ListTargetsForPolicy',
        ],
        Resource: '*',
      }],
    },
  },
  {
    name: 'AWSLambdaBasicExecutionRole', path: '/service-role/', description: 'Provides write permissions to CloudWatch Logs.',
    versionId: 'v1', created: '2015-04-09T15:03:00Z', updated: '2015-04-09T15:03:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: LOGS_WRITE, Resource: '*' }] },
  },
  {
    name: 'AWSLambdaRole', path: '/service-role/', description: 'Default policy for AWS Lambda service role.',
    versionId: 'v1', created: '2015-02-06T18:41:00Z', updated: '2015-02-06T18:41:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: ['*'] }] },
  },
  {
    name: 'AWSLambdaDynamoDBExecutionRole', path: '/service-role/', description: 'Provides list and read access to DynamoDB streams and write permissions to CloudWatch logs.',
    versionId: 'v1', created: '2015-04-09T15:09:00Z', updated: '2015-04-09T15:09:00Z',
    document: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams', ...LOGS_WRITE], Resource: '*' }],
    },
  },
  {
    name: 'AWSLambdaKinesisExecutionRole', path: '/service-role/', description: 'Provides list and read access to Kinesis streams and write permissions to CloudWatch logs.',
    versionId: 'v2', created: '2015-04-09T15:14:00Z', updated: '2018-11-19T20:09:00Z',
    document: {
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Action: [
          'kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:ListStreams',
          'kinesis:SubscribeToShard', ...LOGS_WRITE,
        ],
        Resource: '*',
      }],
    },
  },
  {
    name: 'AmazonS3ReadOnlyAccess', path: '/', description: 'Provides read only access to all buckets via the AWS Management Console.',
    versionId: 'v3', created: '2015-02-06T18:40:00Z', updated: '2023-08-10T21:31:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'], Resource: '*' }] },
  },
  {
    name: 'AmazonSQSReadOnlyAccess', path: '/', description: 'Provides read only access to Amazon SQS via the AWS Management Console.',
    versionId: 'v4', created: '2015-02-06T18:41:00Z', updated: '2024-05-24T18:16:00Z',
    document: {
      Version: '2012-10-17',
      Statement: [{
        Sid: 'AmazonSQSReadOnlyAccess', Effect: 'Allow',
        Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ListDeadLetterSourceQueues', 'sqs:ListQueues', 'sqs:ListMessageMoveTasks', 'sqs:ListQueueTags'],
        Resource: '*',
      }],
    },
  },
  {
    name: 'AmazonSNSFullAccess', path: '/', description: 'Provides full access to Amazon SNS via the AWS Management Console.',
    versionId: 'v2', created: '2015-02-06T18:41:00Z', updated: '2024-09-24T22:32:00Z',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'SNSFullAccess', Effect: 'Allow', Action: 'sns:*', Resource: '*' },
        {
          Sid: 'SMSAccessViaSNS', Effect: 'Allow',
          Action: [
            'sms-voice:DescribeVerifiedDestinationNumbers', 'sms-voice:CreateVerifiedDestinationNumber', 'sms-voice:SendDestinationNumberVerificationCode',
            'sms-voice:SendTextMessage', 'sms-voice:DeleteVerifiedDestinationNumber', 'sms-voice:VerifyDestinationNumber', 'sms-voice:DescribeAccountAttributes',
            'sms-voice:DescribeSpendLimits', 'sms-voice:DescribePhoneNumbers', 'sms-voice:SetTextMessageSpendLimitOverride', 'sms-voice:DescribeOptedOutNumbers',
            'sms-voice:DeleteOptedOutNumber',
          ],
          Resource: '*',
          Condition: { StringEquals: { 'aws:CalledViaLast': 'sns.amazonaws.com' } },
        },
      ],
    },
  },
  {
    name: 'AmazonKinesisFullAccess', path: '/', description: 'Provides full access to all streams via the AWS Management Console.',
    versionId: 'v1', created: '2015-02-06T18:40:00Z', updated: '2015-02-06T18:40:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kinesis:*', Resource: '*' }] },
  },
  {
    name: 'AmazonSESFullAccess', path: '/', description: 'Provides full access to Amazon SES via the AWS Management Console.',
    versionId: 'v1', created: '2015-02-06T18:41:00Z', updated: '2015-02-06T18:41:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ses:*'], Resource: '*' }] },
  },
  {
    name: 'AWSXRayDaemonWriteAccess', path: '/',
    description: "Allow the AWS X-Ray Daemon to relay raw trace segments data to the service's API and retrieve sampling data (rules, targets, etc.) to be used by the X-Ray SDK.",
    versionId: 'v2', created: '2018-08-28T23:00:00Z', updated: '2024-02-13T21:58:00Z',
    document: {
      Version: '2012-10-17',
      Statement: [{
        Sid: 'AWSXRayDaemonWriteAccess', Effect: 'Allow',
        Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets', 'xray:GetSamplingStatisticSummaries'],
        Resource: ['*'],
      }],
    },
  },
  {
    name: 'AWSXrayWriteOnlyAccess', path: '/', description: 'AWS X-Ray write only managed policy',
    versionId: 'v2', created: '2016-12-01T18:19:00Z', updated: '2018-08-28T23:03:00Z',
    document: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets', 'xray:GetSamplingStatisticSummaries'], Resource: ['*'] }],
    },
  },
  {
    name: 'AmazonAPIGatewayPushToCloudWatchLogs', path: '/service-role/', description: "Allows API Gateway to push logs to user's account.",
    versionId: 'v1', created: '2015-11-11T23:41:00Z', updated: '2015-11-11T23:41:00Z',
    document: {
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams', 'logs:PutLogEvents', 'logs:GetLogEvents', 'logs:FilterLogEvents'],
        Resource: '*',
      }],
    },
  },
  {
    name: 'CloudWatchEventsInvocationAccess', path: '/service-role/', description: 'Allows Amazon CloudWatch Events to relay events to the streams in AWS Kinesis Streams in your account.',
    versionId: 'v1', created: '2016-01-14T18:36:00Z', updated: '2016-01-14T18:36:00Z',
    document: { Version: '2012-10-17', Statement: [{ Sid: 'CloudWatchEventsInvocationAccess', Effect: 'Allow', Action: ['kinesis:PutRecord'], Resource: '*' }] },
  },
  {
    name: 'AmazonS3ObjectLambdaExecutionRolePolicy', path: '/service-role/',
    description: 'Provides AWS Lambda functions permissions to interact with Amazon S3 Object Lambda. Also grants Lambda permissions to write to CloudWatch Logs.',
    versionId: 'v1', created: '2021-08-18T10:07:00Z', updated: '2021-08-18T10:07:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [...LOGS_WRITE, 's3-object-lambda:WriteGetObjectResponse'], Resource: '*' }] },
  },
];
