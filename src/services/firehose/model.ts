import type * as Firehose from '../../generated/firehose.js';

/** The destination kinds a delivery stream may have, named as the API's members are (<Kind>DestinationConfiguration). */
export type DestinationKind =
  | 'ExtendedS3'
  | 'HttpEndpoint'
  | 'Redshift'
  | 'Elasticsearch'
  | 'Amazonopensearchservice'
  | 'AmazonOpenSearchServerless'
  | 'Splunk'
  | 'Snowflake'
  | 'Iceberg';

/** An S3 destination as Nimbus keeps it: the description's shape, with AWS's defaults filled in. */
export type S3Destination = Firehose.ExtendedS3DestinationDescription;

export interface HttpEndpointDestination {
  EndpointConfiguration: Firehose.HttpEndpointConfiguration;
  BufferingHints: Required<Firehose.HttpEndpointBufferingHints>;
  CloudWatchLoggingOptions: Firehose.CloudWatchLoggingOptions;
  RequestConfiguration: Firehose.HttpEndpointRequestConfiguration;
  RetryOptions: Required<Firehose.HttpEndpointRetryOptions>;
  RoleARN?: string;
  S3BackupMode: 'FailedDataOnly' | 'AllData';
  S3Configuration: S3Destination;
  ProcessingConfiguration?: Firehose.ProcessingConfiguration;
  SecretsManagerConfiguration?: Firehose.SecretsManagerConfiguration;
}

export interface Destination {
  kind: DestinationKind;
  /** Created through S3DestinationConfiguration (Describe then shows both S3 descriptions). */
  plainS3?: boolean;
  /** ExtendedS3: S3Destination; HttpEndpoint: HttpEndpointDestination; others: their configuration as given. */
  config: Record<string, any>;
}

export interface DeliveryStream {
  arn: string;
  account: string;
  region: string;
  name: string;
  type: 'DirectPut' | 'KinesisStreamAsSource' | 'MSKAsSource' | 'DatabaseAsSource';
  status: 'CREATING' | 'ACTIVE' | 'DELETING';
  versionId: number;
  createdAt: number;
  updatedAt?: number;
  source?: {
    directPut?: { ThroughputHintInMBs?: number };
    kinesis?: { KinesisStreamARN: string; RoleARN: string; DeliveryStartTimestamp: number };
    msk?: Record<string, unknown>;
    database?: Record<string, unknown>;
  };
  destinationId: string;
  destination: Destination;
  tags: Array<{ Key: string; Value?: string }>;
  encryption: { Status: 'ENABLED' | 'DISABLED' | 'ENABLING' | 'DISABLING'; KeyType?: 'AWS_OWNED_CMK' | 'CUSTOMER_MANAGED_CMK'; KeyARN?: string };
}

export const FIRST_DESTINATION_ID = 'destinationId-000000000001';
