// Generated from models/ by scripts/models/generate-types.ts. Do not edit.
// What the gateway needs to route a request, without loading a model.
export interface ServiceRouting {
  model: string;
  signingName: string;
  endpointPrefix: string;
  targetPrefix?: string;
  protocols: string[];
  queryCompatible: boolean;
}

export const SERVICE_ROUTING: ServiceRouting[] = [
  {"model":"cloudformation","signingName":"cloudformation","endpointPrefix":"cloudformation","protocols":["query"],"queryCompatible":false},
  {"model":"cloudfront","signingName":"cloudfront","endpointPrefix":"cloudfront","protocols":["rest-xml"],"queryCompatible":false},
  {"model":"cloudtrail","signingName":"cloudtrail","endpointPrefix":"cloudtrail","targetPrefix":"com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101","protocols":["json"],"queryCompatible":false},
  {"model":"cloudwatch","signingName":"monitoring","endpointPrefix":"monitoring","targetPrefix":"GraniteServiceVersion20100801","protocols":["smithy-rpc-v2-cbor","json","query"],"queryCompatible":true},
  {"model":"codedeploy","signingName":"codedeploy","endpointPrefix":"codedeploy","targetPrefix":"CodeDeploy_20141006","protocols":["json"],"queryCompatible":false},
  {"model":"dynamodb","signingName":"dynamodb","endpointPrefix":"dynamodb","targetPrefix":"DynamoDB_20120810","protocols":["json"],"queryCompatible":false},
  {"model":"dynamodbstreams","signingName":"dynamodb","endpointPrefix":"streams.dynamodb","targetPrefix":"DynamoDBStreams_20120810","protocols":["json"],"queryCompatible":false},
  {"model":"ecr","signingName":"ecr","endpointPrefix":"api.ecr","targetPrefix":"AmazonEC2ContainerRegistry_V20150921","protocols":["json"],"queryCompatible":false},
  {"model":"ecs","signingName":"ecs","endpointPrefix":"ecs","targetPrefix":"AmazonEC2ContainerServiceV20141113","protocols":["json"],"queryCompatible":false},
  {"model":"elasticbeanstalk","signingName":"elasticbeanstalk","endpointPrefix":"elasticbeanstalk","protocols":["query"],"queryCompatible":false},
  {"model":"events","signingName":"events","endpointPrefix":"events","targetPrefix":"AWSEvents","protocols":["json"],"queryCompatible":false},
  {"model":"firehose","signingName":"firehose","endpointPrefix":"firehose","targetPrefix":"Firehose_20150804","protocols":["json"],"queryCompatible":false},
  {"model":"iam","signingName":"iam","endpointPrefix":"iam","protocols":["query"],"queryCompatible":false},
  {"model":"kinesis","signingName":"kinesis","endpointPrefix":"kinesis","targetPrefix":"Kinesis_20131202","protocols":["json"],"queryCompatible":false},
  {"model":"kms","signingName":"kms","endpointPrefix":"kms","targetPrefix":"TrentService","protocols":["json"],"queryCompatible":false},
  {"model":"lambda","signingName":"lambda","endpointPrefix":"lambda","protocols":["rest-json"],"queryCompatible":false},
  {"model":"logs","signingName":"logs","endpointPrefix":"logs","targetPrefix":"Logs_20140328","protocols":["json"],"queryCompatible":false},
  {"model":"pipes","signingName":"pipes","endpointPrefix":"pipes","protocols":["rest-json"],"queryCompatible":false},
  {"model":"s3","signingName":"s3","endpointPrefix":"s3","protocols":["rest-xml"],"queryCompatible":false},
  {"model":"scheduler","signingName":"scheduler","endpointPrefix":"scheduler","protocols":["rest-json"],"queryCompatible":false},
  {"model":"secretsmanager","signingName":"secretsmanager","endpointPrefix":"secretsmanager","targetPrefix":"secretsmanager","protocols":["json"],"queryCompatible":false},
  {"model":"sns","signingName":"sns","endpointPrefix":"sns","protocols":["query"],"queryCompatible":false},
  {"model":"sqs","signingName":"sqs","endpointPrefix":"sqs","targetPrefix":"AmazonSQS","protocols":["json"],"queryCompatible":true},
  {"model":"ssm","signingName":"ssm","endpointPrefix":"ssm","targetPrefix":"AmazonSSM","protocols":["json"],"queryCompatible":false},
  {"model":"sts","signingName":"sts","endpointPrefix":"sts","protocols":["query"],"queryCompatible":false},
  {"model":"xray","signingName":"xray","endpointPrefix":"xray","protocols":["rest-json"],"queryCompatible":false},
];
