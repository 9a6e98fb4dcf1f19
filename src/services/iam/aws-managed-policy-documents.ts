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

export const awsManagedPolicyData: AwsManagedPolicyData[] = [
  {
    name: 'AdministratorAccess', path: '/',
    description: 'Provides full access to AWS services and resources.',
    versionId: 'v1', created: '2015-02-06T18:39:00Z', updated: '2015-02-06T18:39:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  },
  {
    name: 'AWSLambdaBasicExecutionRole', path: '/service-role/',
    description: 'Provides write permissions to CloudWatch Logs.',
    versionId: 'v1', created: '2015-04-09T15:03:00Z', updated: '2015-04-09T15:03:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }] },
  },
  {
    name: 'AWSLambdaRole', path: '/service-role/',
    description: 'Default policy for AWS Lambda service role.',
    versionId: 'v1', created: '2015-02-06T18:41:00Z', updated: '2015-02-06T18:41:00Z',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: ['*'] }] },
  },
];
