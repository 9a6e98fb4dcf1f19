/**
 * AWS-managed policies users attach most, as AWS serves them: name, path, PolicyId, default version,
 * creation and update times (ListPolicies) and the default version's document (GetPolicyVersion),
 * taken from the MAMIP project's record of AWS's answers (github.com/zoph-io/MAMIP, March 2026) and
 * checked against the AWS Managed Policy Reference; where the Reference shows a document, its key order
 * is the Reference's (Sid, Effect, Action, Resource, Condition). Data, not code.
 * Generated once; edit by hand when AWS publishes a new version.
 */
export interface AwsManagedPolicyData {
  name: string;
  path: string;
  id: string;
  versionId: string;
  created: string;
  updated: string;
  description: string;
  document: unknown;
}

export const awsManagedPolicyData: AwsManagedPolicyData[] = [
  {
    name: "AdministratorAccess", path: "/", id: "ANPAIWMBCKSKIEE64ZLYK", versionId: "v1", created: "2015-02-06T18:39:46Z", updated: "2015-02-06T18:39:46Z",
    description: "Provides full access to AWS services and resources.",
    document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]},
  },
  {
    name: "PowerUserAccess", path: "/", id: "ANPAJYRXTHIB4FOVS3ZXS", versionId: "v12", created: "2015-02-06T18:39:47Z", updated: "2026-02-12T17:59:14Z",
    description: "Provides full access to AWS services and resources, but does not allow management of Users and groups.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*", "account:*"], "Resource": "*"},
      {"Effect": "Allow", "Action": ["account:GetAccountInformation", "account:GetGovCloudAccountInformation", "account:GetPrimaryEmail", "account:ListRegions", "iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:ListRoles", "organizations:DescribeEffectivePolicy", "organizations:DescribeOrganization"], "Resource": "*"},
    ] },
  },
  // A subset: the actions of the services Nimbus serves, in AWS's order (the whole document lists about 2,700).
  {
    name: "ReadOnlyAccess", path: "/", id: "ANPAILL3HVNFSB6DCOWYQ", versionId: "v178", created: "2015-02-06T18:39:48Z", updated: "2026-02-12T18:01:33Z",
    description: "Provides read-only access to AWS services and resources.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Action": ["apigateway:GET", "apigateway:GetPortal", "apigateway:GetPortalProduct", "apigateway:GetProductPage", "apigateway:GetProductRestEndpointPage", "apigateway:GetRoutingRule", "apigateway:ListPortalProducts", "apigateway:ListPortals", "apigateway:ListProductPages", "apigateway:ListProductRestEndpointPages", "apigateway:ListRoutingRules", "cloudformation:BatchDescribeTypeConfigurations", "cloudformation:Describe*", "cloudformation:Detect*", "cloudformation:Estimate*", "cloudformation:Get*", "cloudformation:List*", "cloudformation:ValidateTemplate", "cloudfront:Describe*", "cloudfront:Get*", "cloudfront:List*", "cloudtrail:Describe*", "cloudtrail:Get*", "cloudtrail:List*", "cloudtrail:LookupEvents", "cloudwatch:Describe*", "cloudwatch:GenerateQuery", "cloudwatch:GenerateQueryResultsSummary", "cloudwatch:Get*", "cloudwatch:List*", "codedeploy:BatchGet*", "codedeploy:Get*", "codedeploy:List*", "dynamodb:BatchGet*", "dynamodb:Describe*", "dynamodb:Get*", "dynamodb:List*", "dynamodb:PartiQLSelect", "dynamodb:Query", "dynamodb:Scan", "ecr:BatchCheck*", "ecr:BatchGet*", "ecr:Describe*", "ecr:Get*", "ecr:List*", "ecs:Describe*", "ecs:List*", "eks:Describe*", "eks:List*", "elasticbeanstalk:Check*", "elasticbeanstalk:Describe*", "elasticbeanstalk:List*", "elasticbeanstalk:Request*", "elasticbeanstalk:Retrieve*", "elasticbeanstalk:Validate*", "elasticloadbalancing:Describe*", "events:Describe*", "events:List*", "events:Test*", "firehose:Describe*", "firehose:List*", "iam:Generate*", "iam:Get*", "iam:List*", "iam:Simulate*"], "Resource": "*", "Effect": "Allow", "Sid": "ReadOnlyActionsGroup1"},
      {"Action": ["kinesis:Describe*", "kinesis:Get*", "kinesis:List*", "kinesisanalytics:Describe*", "kinesisanalytics:Discover*", "kinesisanalytics:Get*", "kinesisanalytics:List*", "kms:Describe*", "kms:Get*", "kms:List*", "lambda:Get*", "lambda:List*", "logs:Describe*", "logs:FilterLogEvents", "logs:Get*", "logs:ListAnomalies", "logs:ListEntitiesForLogGroup", "logs:ListIntegrations", "logs:ListLogAnomalyDetectors", "logs:ListLogDeliveries", "logs:ListLogGroupsForEntity", "logs:ListLogGroupsForQuery", "logs:ListTagsForResource", "logs:ListTagsLogGroup", "logs:StartLiveTail", "logs:StartQuery", "logs:StopLiveTail", "logs:StopQuery", "logs:TestMetricFilter", "logs:ListAggregateLogGroupSummaries", "logs:ListSourcesForS3TableIntegration", "logs:ListScheduledQueries", "pipes:DescribePipe", "pipes:ListPipes", "pipes:ListTagsForResource", "s3:DescribeJob", "s3:Get*", "s3:List*", "scheduler:GetSchedule", "scheduler:GetScheduleGroup", "scheduler:ListScheduleGroups", "scheduler:ListSchedules", "scheduler:ListTagsForResource", "schemas:Describe*", "schemas:Get*", "schemas:List*", "schemas:Search*", "secretsmanager:Describe*", "secretsmanager:GetResourcePolicy", "secretsmanager:List*", "sns:Check*", "sns:Get*", "sns:List*", "sqs:Get*", "sqs:List*", "sqs:Receive*", "ssm:Describe*", "ssm:Get*", "ssm:List*", "states:Describe*", "states:GetExecutionHistory", "states:List*", "states:ValidateStateMachineDefinition", "sts:GetAccessKeyInfo", "sts:GetCallerIdentity", "sts:GetSessionToken", "synthetics:Describe*", "synthetics:Get*", "synthetics:List*", "xray:BatchGet*", "xray:CancelTraceRetrieval", "xray:Get*", "xray:ListResourcePolicies", "xray:ListRetrievedTraces", "xray:ListTagsForResource", "xray:StartTraceRetrieval"], "Resource": "*", "Effect": "Allow", "Sid": "ReadOnlyActionsGroup2"},
    ] },
  },
  {
    name: "IAMFullAccess", path: "/", id: "ANPAI7XKCFMBPM3QQRRVQ", versionId: "v2", created: "2015-02-06T18:40:38Z", updated: "2019-06-21T19:40:00Z",
    description: "Provides full access to IAM via the AWS Management Console.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["iam:*", "organizations:DescribeAccount", "organizations:DescribeOrganization", "organizations:DescribeOrganizationalUnit", "organizations:DescribePolicy", "organizations:ListChildren", "organizations:ListParents", "organizations:ListPoliciesForTarget", "organizations:ListRoots", "organizations:ListPolicies", "organizations:ListTargetsForPolicy"], "Resource": "*"},
    ] },
  },
  {
    name: "AWSLambdaBasicExecutionRole", path: "/service-role/", id: "ANPAJNCQGXC42545SKXIK", versionId: "v1", created: "2015-04-09T15:03:43Z", updated: "2015-04-09T15:03:43Z",
    description: "Provides write permissions to CloudWatch Logs.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"},
    ] },
  },
  {
    name: "AWSLambdaRole", path: "/service-role/", id: "ANPAJX4DPCRGTC4NFDUXI", versionId: "v1", created: "2015-02-06T18:41:28Z", updated: "2015-02-06T18:41:28Z",
    description: "Default policy for AWS Lambda service role.",
    document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["lambda:InvokeFunction"], "Resource": ["*"]}]},
  },
  {
    name: "AWSLambdaSQSQueueExecutionRole", path: "/service-role/", id: "ANPAJFWJZI6JNND4TSELK", versionId: "v1", created: "2018-06-14T21:50:45Z", updated: "2018-06-14T21:50:45Z",
    description: "Provides receive message, delete message, and read attribute access to SQS queues, and write permissions to CloudWatch logs.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*", "Effect": "Allow"},
    ] },
  },
  {
    name: "AWSLambdaDynamoDBExecutionRole", path: "/service-role/", id: "ANPAIP7WNAGMIPYNW4WQG", versionId: "v1", created: "2015-04-09T15:09:29Z", updated: "2015-04-09T15:09:29Z",
    description: "Provides list and read access to DynamoDB streams and write permissions to CloudWatch logs.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams", "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"},
    ] },
  },
  {
    name: "AWSLambdaKinesisExecutionRole", path: "/service-role/", id: "ANPAJHOLKJPXV4GBRMJUQ", versionId: "v2", created: "2015-04-09T15:14:16Z", updated: "2018-11-19T20:09:24Z",
    description: "Provides list and read access to Kinesis streams and write permissions to CloudWatch logs.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards", "kinesis:ListStreams", "kinesis:SubscribeToShard", "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"},
    ] },
  },
  {
    name: "AmazonS3ReadOnlyAccess", path: "/", id: "ANPAIZTJ4DXE7G6AGAE6M", versionId: "v3", created: "2015-02-06T18:40:59Z", updated: "2023-08-10T21:31:39Z",
    description: "Provides read only access to all buckets via the AWS Management Console.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["s3:Get*", "s3:List*", "s3:Describe*", "s3-object-lambda:Get*", "s3-object-lambda:List*"], "Resource": "*"},
    ] },
  },
  {
    name: "AmazonS3FullAccess", path: "/", id: "ANPAIFIR6V6BVTRAHWINE", versionId: "v2", created: "2015-02-06T18:40:58Z", updated: "2021-09-27T20:16:37Z",
    description: "Provides full access to all buckets via the AWS Management Console.",
    document: {"Version": "2012-10-17", "Statement": [{"Action": ["s3:*", "s3-object-lambda:*"], "Resource": "*", "Effect": "Allow"}]},
  },
  {
    name: "AmazonDynamoDBFullAccess", path: "/", id: "ANPAINUGF2JSOSUY76KYA", versionId: "v15", created: "2015-02-06T18:40:11Z", updated: "2021-01-29T17:38:30Z",
    description: "Provides full access to Amazon DynamoDB via the AWS Management Console.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Action": ["dynamodb:*", "dax:*", "application-autoscaling:DeleteScalingPolicy", "application-autoscaling:DeregisterScalableTarget", "application-autoscaling:DescribeScalableTargets", "application-autoscaling:DescribeScalingActivities", "application-autoscaling:DescribeScalingPolicies", "application-autoscaling:PutScalingPolicy", "application-autoscaling:RegisterScalableTarget", "cloudwatch:DeleteAlarms", "cloudwatch:DescribeAlarmHistory", "cloudwatch:DescribeAlarms", "cloudwatch:DescribeAlarmsForMetric", "cloudwatch:GetMetricStatistics", "cloudwatch:ListMetrics", "cloudwatch:PutMetricAlarm", "cloudwatch:GetMetricData", "datapipeline:ActivatePipeline", "datapipeline:CreatePipeline", "datapipeline:DeletePipeline", "datapipeline:DescribeObjects", "datapipeline:DescribePipelines", "datapipeline:GetPipelineDefinition", "datapipeline:ListPipelines", "datapipeline:PutPipelineDefinition", "datapipeline:QueryObjects", "ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "iam:GetRole", "iam:ListRoles", "kms:DescribeKey", "kms:ListAliases", "sns:CreateTopic", "sns:DeleteTopic", "sns:ListSubscriptions", "sns:ListSubscriptionsByTopic", "sns:ListTopics", "sns:Subscribe", "sns:Unsubscribe", "sns:SetTopicAttributes", "lambda:CreateFunction", "lambda:ListFunctions", "lambda:ListEventSourceMappings", "lambda:CreateEventSourceMapping", "lambda:DeleteEventSourceMapping", "lambda:GetFunctionConfiguration", "lambda:DeleteFunction", "resource-groups:ListGroups", "resource-groups:ListGroupResources", "resource-groups:GetGroup", "resource-groups:GetGroupQuery", "resource-groups:DeleteGroup", "resource-groups:CreateGroup", "tag:GetResources", "kinesis:ListStreams", "kinesis:DescribeStream", "kinesis:DescribeStreamSummary"], "Resource": "*", "Effect": "Allow"},
      {"Action": "cloudwatch:GetInsightRuleReport", "Resource": "arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*", "Effect": "Allow"},
      {"Action": ["iam:PassRole"], "Resource": "*", "Effect": "Allow", "Condition": {"StringLike": {"iam:PassedToService": ["application-autoscaling.amazonaws.com", "application-autoscaling.amazonaws.com.cn", "dax.amazonaws.com"]}}},
      {"Action": ["iam:CreateServiceLinkedRole"], "Resource": "*", "Effect": "Allow", "Condition": {"StringEquals": {"iam:AWSServiceName": ["replication.dynamodb.amazonaws.com", "dax.amazonaws.com", "dynamodb.application-autoscaling.amazonaws.com", "contributorinsights.dynamodb.amazonaws.com", "kinesisreplication.dynamodb.amazonaws.com"]}}},
    ] },
  },
  {
    name: "AmazonDynamoDBReadOnlyAccess", path: "/", id: "ANPAIY2XFNA232XJ6J7X2", versionId: "v15", created: "2015-02-06T18:40:12Z", updated: "2024-11-18T17:38:15Z",
    description: "Provides read only access to Amazon DynamoDB via the AWS Management Console.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Action": ["application-autoscaling:DescribeScalableTargets", "application-autoscaling:DescribeScalingActivities", "application-autoscaling:DescribeScalingPolicies", "cloudwatch:DescribeAlarmHistory", "cloudwatch:DescribeAlarms", "cloudwatch:DescribeAlarmsForMetric", "cloudwatch:GetMetricStatistics", "cloudwatch:ListMetrics", "cloudwatch:GetMetricData", "datapipeline:DescribeObjects", "datapipeline:DescribePipelines", "datapipeline:GetPipelineDefinition", "datapipeline:ListPipelines", "datapipeline:QueryObjects", "dynamodb:BatchGetItem", "dynamodb:Describe*", "dynamodb:List*", "dynamodb:GetAbacStatus", "dynamodb:GetItem", "dynamodb:GetResourcePolicy", "dynamodb:Query", "dynamodb:Scan", "dynamodb:PartiQLSelect", "dax:Describe*", "dax:List*", "dax:GetItem", "dax:BatchGetItem", "dax:Query", "dax:Scan", "ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "iam:GetRole", "iam:ListRoles", "kms:DescribeKey", "kms:ListAliases", "sns:ListSubscriptionsByTopic", "sns:ListTopics", "lambda:ListFunctions", "lambda:ListEventSourceMappings", "lambda:GetFunctionConfiguration", "resource-groups:ListGroups", "resource-groups:ListGroupResources", "resource-groups:GetGroup", "resource-groups:GetGroupQuery", "tag:GetResources", "kinesis:ListStreams", "kinesis:DescribeStream", "kinesis:DescribeStreamSummary"], "Resource": "*", "Effect": "Allow", "Sid": "GeneralReadOnlyAccess"},
      {"Action": "cloudwatch:GetInsightRuleReport", "Resource": "arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*", "Effect": "Allow", "Sid": "CCIAccess"},
    ] },
  },
  {
    name: "AmazonSQSFullAccess", path: "/", id: "ANPAI65L554VRJ33ECQS6", versionId: "v1", created: "2015-02-06T18:41:07Z", updated: "2015-02-06T18:41:07Z",
    description: "Provides full access to Amazon SQS via the AWS Management Console.",
    document: {"Version": "2012-10-17", "Statement": [{"Action": ["sqs:*"], "Resource": "*", "Effect": "Allow"}]},
  },
  {
    name: "AmazonSQSReadOnlyAccess", path: "/", id: "ANPAIUGSSQY362XGCM6KW", versionId: "v4", created: "2015-02-06T18:41:08Z", updated: "2024-05-24T18:16:44Z",
    description: "Provides read only access to Amazon SQS via the AWS Management Console.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Sid": "AmazonSQSReadOnlyAccess", "Effect": "Allow", "Action": ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ListDeadLetterSourceQueues", "sqs:ListQueues", "sqs:ListMessageMoveTasks", "sqs:ListQueueTags"], "Resource": "*"},
    ] },
  },
  {
    name: "AmazonSNSFullAccess", path: "/", id: "ANPAJWEKLCXXUNT2SOLSG", versionId: "v2", created: "2015-02-06T18:41:05Z", updated: "2024-09-24T22:32:05Z",
    description: "Provides full access to Amazon SNS via the AWS Management Console.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Sid": "SNSFullAccess", "Effect": "Allow", "Action": "sns:*", "Resource": "*"},
      {"Sid": "SMSAccessViaSNS", "Effect": "Allow", "Action": ["sms-voice:DescribeVerifiedDestinationNumbers", "sms-voice:CreateVerifiedDestinationNumber", "sms-voice:SendDestinationNumberVerificationCode", "sms-voice:SendTextMessage", "sms-voice:DeleteVerifiedDestinationNumber", "sms-voice:VerifyDestinationNumber", "sms-voice:DescribeAccountAttributes", "sms-voice:DescribeSpendLimits", "sms-voice:DescribePhoneNumbers", "sms-voice:SetTextMessageSpendLimitOverride", "sms-voice:DescribeOptedOutNumbers", "sms-voice:DeleteOptedOutNumber"], "Resource": "*", "Condition": {"StringEquals": {"aws:CalledViaLast": "sns.amazonaws.com"}}},
    ] },
  },
  {
    name: "AmazonKinesisFullAccess", path: "/", id: "ANPAIVF32HAMOXCUYRAYE", versionId: "v1", created: "2015-02-06T18:40:29Z", updated: "2015-02-06T18:40:29Z",
    description: "Provides full access to all streams via the AWS Management Console.",
    document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kinesis:*", "Resource": "*"}]},
  },
  {
    name: "AmazonSESFullAccess", path: "/", id: "ANPAJ2P4NXCHAT7NDPNR4", versionId: "v1", created: "2015-02-06T18:41:02Z", updated: "2015-02-06T18:41:02Z",
    description: "Provides full access to Amazon SES via the AWS Management Console.",
    document: {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["ses:*"], "Resource": "*"}]},
  },
  {
    name: "CloudWatchLogsFullAccess", path: "/", id: "ANPAJ3ZGNWK2R5HW5BQFO", versionId: "v8", created: "2015-02-06T18:40:02Z", updated: "2026-02-12T18:00:33Z",
    description: "Provides full access to CloudWatch Logs",
    document: { "Version": "2012-10-17", "Statement": [
      {"Action": ["logs:*", "cloudwatch:GenerateQuery", "cloudwatch:GenerateQueryResultsSummary", "observabilityadmin:GetS3TableIntegration", "observabilityadmin:ListS3TableIntegrations", "observabilityadmin:ListTelemetryPipelines"], "Resource": "*", "Effect": "Allow", "Sid": "CloudWatchLogsFullAccess"},
    ] },
  },
  {
    name: "AWSXRayDaemonWriteAccess", path: "/", id: "ANPAIOE47HSUE5AVBNEDM", versionId: "v2", created: "2018-08-28T23:00:33Z", updated: "2024-02-13T21:58:30Z",
    description: "Allow the AWS X-Ray Daemon to relay raw trace segments data to the service's API and retrieve sampling data (rules, targets, etc.) to be used by the X-Ray SDK.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Sid": "AWSXRayDaemonWriteAccess", "Effect": "Allow", "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries"], "Resource": ["*"]},
    ] },
  },
  {
    name: "AWSXrayWriteOnlyAccess", path: "/", id: "ANPAIAACM4LMYSRGBCTM6", versionId: "v2", created: "2016-12-01T18:19:53Z", updated: "2018-08-28T23:03:04Z",
    description: "AWS X-Ray write only managed policy",
    document: { "Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries"], "Resource": ["*"]},
    ] },
  },
  {
    name: "AWSCodeDeployRoleForLambda", path: "/service-role/", id: "ANPAJA3RQZIKNOSJ4ZQSA", versionId: "v3", created: "2017-11-28T14:05:44Z", updated: "2019-12-03T19:53:10Z",
    description: "Provides CodeDeploy service access to perform a Lambda deployment on your behalf.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Action": ["cloudwatch:DescribeAlarms", "lambda:UpdateAlias", "lambda:GetAlias", "lambda:GetProvisionedConcurrencyConfig", "sns:Publish"], "Resource": "*", "Effect": "Allow"},
      {"Action": ["s3:GetObject", "s3:GetObjectVersion"], "Resource": "arn:aws:s3:::*/CodeDeploy/*", "Effect": "Allow"},
      {"Action": ["s3:GetObject", "s3:GetObjectVersion"], "Resource": "*", "Effect": "Allow", "Condition": {"StringEquals": {"s3:ExistingObjectTag/UseWithCodeDeploy": "true"}}},
      {"Action": ["lambda:InvokeFunction"], "Resource": "arn:aws:lambda:*:*:function:CodeDeployHook_*", "Effect": "Allow"},
    ] },
  },
  {
    name: "AmazonAPIGatewayPushToCloudWatchLogs", path: "/service-role/", id: "ANPAIK4GFO7HLKYN64ASK", versionId: "v1", created: "2015-11-11T23:41:46Z", updated: "2015-11-11T23:41:46Z",
    description: "Allows API Gateway to push logs to user's account.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:PutLogEvents", "logs:GetLogEvents", "logs:FilterLogEvents"], "Resource": "*"},
    ] },
  },
  {
    name: "CloudWatchEventsInvocationAccess", path: "/service-role/", id: "ANPAJJXD6JKJLK2WDLZNO", versionId: "v1", created: "2016-01-14T18:36:33Z", updated: "2016-01-14T18:36:33Z",
    description: "Allows Amazon CloudWatch Events to relay events to the streams in AWS Kinesis Streams in your account.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Sid": "CloudWatchEventsInvocationAccess", "Effect": "Allow", "Action": ["kinesis:PutRecord"], "Resource": "*"},
    ] },
  },
  {
    name: "AmazonS3ObjectLambdaExecutionRolePolicy", path: "/service-role/", id: "ANPAZKAPJZG4PG47VBSXA", versionId: "v1", created: "2021-08-18T10:07:41Z", updated: "2021-08-18T10:07:41Z",
    description: "Provides AWS Lambda functions permissions to interact with Amazon S3 Object Lambda. Also grants Lambda permissions to write to CloudWatch Logs.",
    document: { "Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "s3-object-lambda:WriteGetObjectResponse"], "Resource": "*"},
    ] },
  },
];
