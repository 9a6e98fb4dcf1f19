// Generated from models/firehose.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface CreateDeliveryStreamInput {
  AmazonOpenSearchServerlessDestinationConfiguration?: AmazonOpenSearchServerlessDestinationConfiguration;
  AmazonopensearchserviceDestinationConfiguration?: AmazonopensearchserviceDestinationConfiguration;
  DatabaseSourceConfiguration?: DatabaseSourceConfiguration;
  DeliveryStreamEncryptionConfigurationInput?: DeliveryStreamEncryptionConfigurationInput;
  DeliveryStreamName: string;
  DeliveryStreamType?: "DirectPut" | "KinesisStreamAsSource" | "MSKAsSource" | "DatabaseAsSource";
  DirectPutSourceConfiguration?: DirectPutSourceConfiguration;
  ElasticsearchDestinationConfiguration?: ElasticsearchDestinationConfiguration;
  ExtendedS3DestinationConfiguration?: ExtendedS3DestinationConfiguration;
  HttpEndpointDestinationConfiguration?: HttpEndpointDestinationConfiguration;
  IcebergDestinationConfiguration?: IcebergDestinationConfiguration;
  KinesisStreamSourceConfiguration?: KinesisStreamSourceConfiguration;
  MSKSourceConfiguration?: MSKSourceConfiguration;
  RedshiftDestinationConfiguration?: RedshiftDestinationConfiguration;
  S3DestinationConfiguration?: S3DestinationConfiguration;
  SnowflakeDestinationConfiguration?: SnowflakeDestinationConfiguration;
  SplunkDestinationConfiguration?: SplunkDestinationConfiguration;
  Tags?: Array<TagShape>;
}

export interface CreateDeliveryStreamOutput {
  DeliveryStreamARN?: string;
}

export interface DeleteDeliveryStreamInput {
  AllowForceDelete?: boolean;
  DeliveryStreamName: string;
}

export interface DeleteDeliveryStreamOutput {
}

export interface DescribeDeliveryStreamInput {
  DeliveryStreamName: string;
  ExclusiveStartDestinationId?: string;
  Limit?: number;
}

export interface DescribeDeliveryStreamOutput {
  DeliveryStreamDescription: DeliveryStreamDescription;
}

export interface ListDeliveryStreamsInput {
  DeliveryStreamType?: "DirectPut" | "KinesisStreamAsSource" | "MSKAsSource" | "DatabaseAsSource";
  ExclusiveStartDeliveryStreamName?: string;
  Limit?: number;
}

export interface ListDeliveryStreamsOutput {
  DeliveryStreamNames: Array<string>;
  HasMoreDeliveryStreams: boolean;
}

export interface ListTagsForDeliveryStreamInput {
  DeliveryStreamName: string;
  ExclusiveStartTagKey?: string;
  Limit?: number;
}

export interface ListTagsForDeliveryStreamOutput {
  HasMoreTags: boolean;
  Tags: Array<TagShape>;
}

export interface PutRecordInput {
  DeliveryStreamName: string;
  Record: RecordShape;
}

export interface PutRecordOutput {
  Encrypted?: boolean;
  RecordId: string;
}

export interface PutRecordBatchInput {
  DeliveryStreamName: string;
  Records: Array<RecordShape>;
}

export interface PutRecordBatchOutput {
  Encrypted?: boolean;
  FailedPutCount: number;
  RequestResponses: Array<PutRecordBatchResponseEntry>;
}

export interface StartDeliveryStreamEncryptionInput {
  DeliveryStreamEncryptionConfigurationInput?: DeliveryStreamEncryptionConfigurationInput;
  DeliveryStreamName: string;
}

export interface StartDeliveryStreamEncryptionOutput {
}

export interface StopDeliveryStreamEncryptionInput {
  DeliveryStreamName: string;
}

export interface StopDeliveryStreamEncryptionOutput {
}

export interface TagDeliveryStreamInput {
  DeliveryStreamName: string;
  Tags: Array<TagShape>;
}

export interface TagDeliveryStreamOutput {
}

export interface UntagDeliveryStreamInput {
  DeliveryStreamName: string;
  TagKeys: Array<string>;
}

export interface UntagDeliveryStreamOutput {
}

export interface UpdateDestinationInput {
  AmazonOpenSearchServerlessDestinationUpdate?: AmazonOpenSearchServerlessDestinationUpdate;
  AmazonopensearchserviceDestinationUpdate?: AmazonopensearchserviceDestinationUpdate;
  CurrentDeliveryStreamVersionId: string;
  DeliveryStreamName: string;
  DestinationId: string;
  ElasticsearchDestinationUpdate?: ElasticsearchDestinationUpdate;
  ExtendedS3DestinationUpdate?: ExtendedS3DestinationUpdate;
  HttpEndpointDestinationUpdate?: HttpEndpointDestinationUpdate;
  IcebergDestinationUpdate?: IcebergDestinationUpdate;
  RedshiftDestinationUpdate?: RedshiftDestinationUpdate;
  S3DestinationUpdate?: S3DestinationUpdate;
  SnowflakeDestinationUpdate?: SnowflakeDestinationUpdate;
  SplunkDestinationUpdate?: SplunkDestinationUpdate;
}

export interface UpdateDestinationOutput {
}

export interface ConcurrentModificationException {
  message?: string;
}

export interface InvalidArgumentException {
  message?: string;
}

export interface InvalidKMSResourceException {
  code?: string;
  message?: string;
}

export interface InvalidSourceException {
  code?: string;
  message?: string;
}

export interface LimitExceededException {
  message?: string;
}

export interface ResourceInUseException {
  message?: string;
}

export interface ResourceNotFoundException {
  message?: string;
}

export interface ServiceUnavailableException {
  message?: string;
}

export interface AmazonOpenSearchServerlessDestinationConfiguration {
  BufferingHints?: AmazonOpenSearchServerlessBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  CollectionEndpoint?: string;
  IndexName: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: AmazonOpenSearchServerlessRetryOptions;
  RoleARN: string;
  S3BackupMode?: "FailedDocumentsOnly" | "AllDocuments";
  S3Configuration: S3DestinationConfiguration;
  VpcConfiguration?: VpcConfiguration;
}

export interface AmazonopensearchserviceDestinationConfiguration {
  BufferingHints?: AmazonopensearchserviceBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ClusterEndpoint?: string;
  DocumentIdOptions?: DocumentIdOptions;
  DomainARN?: string;
  IndexName: string;
  IndexRotationPeriod?: "NoRotation" | "OneHour" | "OneDay" | "OneWeek" | "OneMonth";
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: AmazonopensearchserviceRetryOptions;
  RoleARN: string;
  S3BackupMode?: "FailedDocumentsOnly" | "AllDocuments";
  S3Configuration: S3DestinationConfiguration;
  TypeName?: string;
  VpcConfiguration?: VpcConfiguration;
}

export interface DatabaseSourceConfiguration {
  Columns?: DatabaseColumnList;
  DatabaseSourceAuthenticationConfiguration: DatabaseSourceAuthenticationConfiguration;
  DatabaseSourceVPCConfiguration: DatabaseSourceVPCConfiguration;
  Databases: DatabaseList;
  Endpoint: string;
  Port: number;
  SSLMode?: "Disabled" | "Enabled";
  SnapshotWatermarkTable: string;
  SurrogateKeys?: Array<string>;
  Tables: DatabaseTableList;
  Type: "MySQL" | "PostgreSQL";
}

export interface DeliveryStreamEncryptionConfigurationInput {
  KeyARN?: string;
  KeyType: "AWS_OWNED_CMK" | "CUSTOMER_MANAGED_CMK";
}

export interface DirectPutSourceConfiguration {
  ThroughputHintInMBs: number;
}

export interface ElasticsearchDestinationConfiguration {
  BufferingHints?: ElasticsearchBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ClusterEndpoint?: string;
  DocumentIdOptions?: DocumentIdOptions;
  DomainARN?: string;
  IndexName: string;
  IndexRotationPeriod?: "NoRotation" | "OneHour" | "OneDay" | "OneWeek" | "OneMonth";
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: ElasticsearchRetryOptions;
  RoleARN: string;
  S3BackupMode?: "FailedDocumentsOnly" | "AllDocuments";
  S3Configuration: S3DestinationConfiguration;
  TypeName?: string;
  VpcConfiguration?: VpcConfiguration;
}

export interface ExtendedS3DestinationConfiguration {
  BucketARN: string;
  BufferingHints?: BufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  CompressionFormat?: "UNCOMPRESSED" | "GZIP" | "ZIP" | "Snappy" | "HADOOP_SNAPPY";
  CustomTimeZone?: string;
  DataFormatConversionConfiguration?: DataFormatConversionConfiguration;
  DynamicPartitioningConfiguration?: DynamicPartitioningConfiguration;
  EncryptionConfiguration?: EncryptionConfiguration;
  ErrorOutputPrefix?: string;
  FileExtension?: string;
  Prefix?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RoleARN: string;
  S3BackupConfiguration?: S3DestinationConfiguration;
  S3BackupMode?: "Disabled" | "Enabled";
}

export interface HttpEndpointDestinationConfiguration {
  BufferingHints?: HttpEndpointBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  EndpointConfiguration: HttpEndpointConfiguration;
  ProcessingConfiguration?: ProcessingConfiguration;
  RequestConfiguration?: HttpEndpointRequestConfiguration;
  RetryOptions?: HttpEndpointRetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDataOnly" | "AllData";
  S3Configuration: S3DestinationConfiguration;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
}

export interface IcebergDestinationConfiguration {
  AppendOnly?: boolean;
  BufferingHints?: BufferingHints;
  CatalogConfiguration: CatalogConfiguration;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  DestinationTableConfigurationList?: Array<DestinationTableConfiguration>;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: RetryOptions;
  RoleARN: string;
  S3BackupMode?: "FailedDataOnly" | "AllData";
  S3Configuration: S3DestinationConfiguration;
  SchemaEvolutionConfiguration?: SchemaEvolutionConfiguration;
  TableCreationConfiguration?: TableCreationConfiguration;
}

export interface KinesisStreamSourceConfiguration {
  KinesisStreamARN: string;
  RoleARN: string;
}

export interface MSKSourceConfiguration {
  AuthenticationConfiguration: AuthenticationConfiguration;
  MSKClusterARN: string;
  ReadFromTimestamp?: Date;
  TopicName: string;
}

export interface RedshiftDestinationConfiguration {
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ClusterJDBCURL: string;
  CopyCommand: CopyCommand;
  Password?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: RedshiftRetryOptions;
  RoleARN: string;
  S3BackupConfiguration?: S3DestinationConfiguration;
  S3BackupMode?: "Disabled" | "Enabled";
  S3Configuration: S3DestinationConfiguration;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
  Username?: string;
}

export interface S3DestinationConfiguration {
  BucketARN: string;
  BufferingHints?: BufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  CompressionFormat?: "UNCOMPRESSED" | "GZIP" | "ZIP" | "Snappy" | "HADOOP_SNAPPY";
  EncryptionConfiguration?: EncryptionConfiguration;
  ErrorOutputPrefix?: string;
  Prefix?: string;
  RoleARN: string;
}

export interface SnowflakeDestinationConfiguration {
  AccountUrl: string;
  BufferingHints?: SnowflakeBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ContentColumnName?: string;
  DataLoadingOption?: "JSON_MAPPING" | "VARIANT_CONTENT_MAPPING" | "VARIANT_CONTENT_AND_METADATA_MAPPING";
  Database: string;
  KeyPassphrase?: string;
  MetaDataColumnName?: string;
  PrivateKey?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: SnowflakeRetryOptions;
  RoleARN: string;
  S3BackupMode?: "FailedDataOnly" | "AllData";
  S3Configuration: S3DestinationConfiguration;
  Schema: string;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
  SnowflakeRoleConfiguration?: SnowflakeRoleConfiguration;
  SnowflakeVpcConfiguration?: SnowflakeVpcConfiguration;
  Table: string;
  User?: string;
}

export interface SplunkDestinationConfiguration {
  BufferingHints?: SplunkBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  HECAcknowledgmentTimeoutInSeconds?: number;
  HECEndpoint: string;
  HECEndpointType: "Raw" | "Event";
  HECToken?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: SplunkRetryOptions;
  S3BackupMode?: "FailedEventsOnly" | "AllEvents";
  S3Configuration: S3DestinationConfiguration;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
}

export interface TagShape {
  Key: string;
  Value?: string;
}

export interface DeliveryStreamDescription {
  CreateTimestamp?: Date;
  DeliveryStreamARN: string;
  DeliveryStreamEncryptionConfiguration?: DeliveryStreamEncryptionConfiguration;
  DeliveryStreamName: string;
  DeliveryStreamStatus: "CREATING" | "CREATING_FAILED" | "DELETING" | "DELETING_FAILED" | "ACTIVE";
  DeliveryStreamType: "DirectPut" | "KinesisStreamAsSource" | "MSKAsSource" | "DatabaseAsSource";
  Destinations: Array<DestinationDescription>;
  FailureDescription?: FailureDescription;
  HasMoreDestinations: boolean;
  LastUpdateTimestamp?: Date;
  Source?: SourceDescription;
  VersionId: string;
}

export interface RecordShape {
  Data: Buffer;
}

export interface PutRecordBatchResponseEntry {
  ErrorCode?: string;
  ErrorMessage?: string;
  RecordId?: string;
}

export interface AmazonOpenSearchServerlessDestinationUpdate {
  BufferingHints?: AmazonOpenSearchServerlessBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  CollectionEndpoint?: string;
  IndexName?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: AmazonOpenSearchServerlessRetryOptions;
  RoleARN?: string;
  S3Update?: S3DestinationUpdate;
}

export interface AmazonopensearchserviceDestinationUpdate {
  BufferingHints?: AmazonopensearchserviceBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ClusterEndpoint?: string;
  DocumentIdOptions?: DocumentIdOptions;
  DomainARN?: string;
  IndexName?: string;
  IndexRotationPeriod?: "NoRotation" | "OneHour" | "OneDay" | "OneWeek" | "OneMonth";
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: AmazonopensearchserviceRetryOptions;
  RoleARN?: string;
  S3Update?: S3DestinationUpdate;
  TypeName?: string;
}

export interface ElasticsearchDestinationUpdate {
  BufferingHints?: ElasticsearchBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ClusterEndpoint?: string;
  DocumentIdOptions?: DocumentIdOptions;
  DomainARN?: string;
  IndexName?: string;
  IndexRotationPeriod?: "NoRotation" | "OneHour" | "OneDay" | "OneWeek" | "OneMonth";
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: ElasticsearchRetryOptions;
  RoleARN?: string;
  S3Update?: S3DestinationUpdate;
  TypeName?: string;
}

export interface ExtendedS3DestinationUpdate {
  BucketARN?: string;
  BufferingHints?: BufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  CompressionFormat?: "UNCOMPRESSED" | "GZIP" | "ZIP" | "Snappy" | "HADOOP_SNAPPY";
  CustomTimeZone?: string;
  DataFormatConversionConfiguration?: DataFormatConversionConfiguration;
  DynamicPartitioningConfiguration?: DynamicPartitioningConfiguration;
  EncryptionConfiguration?: EncryptionConfiguration;
  ErrorOutputPrefix?: string;
  FileExtension?: string;
  Prefix?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RoleARN?: string;
  S3BackupMode?: "Disabled" | "Enabled";
  S3BackupUpdate?: S3DestinationUpdate;
}

export interface HttpEndpointDestinationUpdate {
  BufferingHints?: HttpEndpointBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  EndpointConfiguration?: HttpEndpointConfiguration;
  ProcessingConfiguration?: ProcessingConfiguration;
  RequestConfiguration?: HttpEndpointRequestConfiguration;
  RetryOptions?: HttpEndpointRetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDataOnly" | "AllData";
  S3Update?: S3DestinationUpdate;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
}

export interface IcebergDestinationUpdate {
  AppendOnly?: boolean;
  BufferingHints?: BufferingHints;
  CatalogConfiguration?: CatalogConfiguration;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  DestinationTableConfigurationList?: Array<DestinationTableConfiguration>;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: RetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDataOnly" | "AllData";
  S3Configuration?: S3DestinationConfiguration;
  SchemaEvolutionConfiguration?: SchemaEvolutionConfiguration;
  TableCreationConfiguration?: TableCreationConfiguration;
}

export interface RedshiftDestinationUpdate {
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ClusterJDBCURL?: string;
  CopyCommand?: CopyCommand;
  Password?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: RedshiftRetryOptions;
  RoleARN?: string;
  S3BackupMode?: "Disabled" | "Enabled";
  S3BackupUpdate?: S3DestinationUpdate;
  S3Update?: S3DestinationUpdate;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
  Username?: string;
}

export interface S3DestinationUpdate {
  BucketARN?: string;
  BufferingHints?: BufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  CompressionFormat?: "UNCOMPRESSED" | "GZIP" | "ZIP" | "Snappy" | "HADOOP_SNAPPY";
  EncryptionConfiguration?: EncryptionConfiguration;
  ErrorOutputPrefix?: string;
  Prefix?: string;
  RoleARN?: string;
}

export interface SnowflakeDestinationUpdate {
  AccountUrl?: string;
  BufferingHints?: SnowflakeBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ContentColumnName?: string;
  DataLoadingOption?: "JSON_MAPPING" | "VARIANT_CONTENT_MAPPING" | "VARIANT_CONTENT_AND_METADATA_MAPPING";
  Database?: string;
  KeyPassphrase?: string;
  MetaDataColumnName?: string;
  PrivateKey?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: SnowflakeRetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDataOnly" | "AllData";
  S3Update?: S3DestinationUpdate;
  Schema?: string;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
  SnowflakeRoleConfiguration?: SnowflakeRoleConfiguration;
  Table?: string;
  User?: string;
}

export interface SplunkDestinationUpdate {
  BufferingHints?: SplunkBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  HECAcknowledgmentTimeoutInSeconds?: number;
  HECEndpoint?: string;
  HECEndpointType?: "Raw" | "Event";
  HECToken?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: SplunkRetryOptions;
  S3BackupMode?: "FailedEventsOnly" | "AllEvents";
  S3Update?: S3DestinationUpdate;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
}

export interface AmazonOpenSearchServerlessBufferingHints {
  IntervalInSeconds?: number;
  SizeInMBs?: number;
}

export interface CloudWatchLoggingOptions {
  Enabled?: boolean;
  LogGroupName?: string;
  LogStreamName?: string;
}

export interface ProcessingConfiguration {
  Enabled?: boolean;
  Processors?: Array<Processor>;
}

export interface AmazonOpenSearchServerlessRetryOptions {
  DurationInSeconds?: number;
}

export interface VpcConfiguration {
  RoleARN: string;
  SecurityGroupIds: Array<string>;
  SubnetIds: Array<string>;
}

export interface AmazonopensearchserviceBufferingHints {
  IntervalInSeconds?: number;
  SizeInMBs?: number;
}

export interface DocumentIdOptions {
  DefaultDocumentIdFormat: "FIREHOSE_DEFAULT" | "NO_DOCUMENT_ID";
}

export interface AmazonopensearchserviceRetryOptions {
  DurationInSeconds?: number;
}

export interface DatabaseColumnList {
  Exclude?: Array<string>;
  Include?: Array<string>;
}

export interface DatabaseSourceAuthenticationConfiguration {
  SecretsManagerConfiguration: SecretsManagerConfiguration;
}

export interface DatabaseSourceVPCConfiguration {
  VpcEndpointServiceName: string;
}

export interface DatabaseList {
  Exclude?: Array<string>;
  Include?: Array<string>;
}

export interface DatabaseTableList {
  Exclude?: Array<string>;
  Include?: Array<string>;
}

export interface ElasticsearchBufferingHints {
  IntervalInSeconds?: number;
  SizeInMBs?: number;
}

export interface ElasticsearchRetryOptions {
  DurationInSeconds?: number;
}

export interface BufferingHints {
  IntervalInSeconds?: number;
  SizeInMBs?: number;
}

export interface DataFormatConversionConfiguration {
  Enabled?: boolean;
  InputFormatConfiguration?: InputFormatConfiguration;
  OutputFormatConfiguration?: OutputFormatConfiguration;
  SchemaConfiguration?: SchemaConfiguration;
}

export interface DynamicPartitioningConfiguration {
  Enabled?: boolean;
  RetryOptions?: RetryOptions;
}

export interface EncryptionConfiguration {
  KMSEncryptionConfig?: KMSEncryptionConfig;
  NoEncryptionConfig?: "NoEncryption";
}

export interface HttpEndpointBufferingHints {
  IntervalInSeconds?: number;
  SizeInMBs?: number;
}

export interface HttpEndpointConfiguration {
  AccessKey?: string;
  Name?: string;
  Url: string;
}

export interface HttpEndpointRequestConfiguration {
  CommonAttributes?: Array<HttpEndpointCommonAttribute>;
  ContentEncoding?: "NONE" | "GZIP";
}

export interface HttpEndpointRetryOptions {
  DurationInSeconds?: number;
}

export interface SecretsManagerConfiguration {
  Enabled: boolean;
  RoleARN?: string;
  SecretARN?: string;
}

export interface CatalogConfiguration {
  CatalogARN?: string;
  WarehouseLocation?: string;
}

export interface DestinationTableConfiguration {
  DestinationDatabaseName: string;
  DestinationTableName: string;
  PartitionSpec?: PartitionSpec;
  S3ErrorOutputPrefix?: string;
  UniqueKeys?: Array<string>;
}

export interface RetryOptions {
  DurationInSeconds?: number;
}

export interface SchemaEvolutionConfiguration {
  Enabled: boolean;
}

export interface TableCreationConfiguration {
  Enabled: boolean;
}

export interface AuthenticationConfiguration {
  Connectivity: "PUBLIC" | "PRIVATE";
  RoleARN: string;
}

export interface CopyCommand {
  CopyOptions?: string;
  DataTableColumns?: string;
  DataTableName: string;
}

export interface RedshiftRetryOptions {
  DurationInSeconds?: number;
}

export interface SnowflakeBufferingHints {
  IntervalInSeconds?: number;
  SizeInMBs?: number;
}

export interface SnowflakeRetryOptions {
  DurationInSeconds?: number;
}

export interface SnowflakeRoleConfiguration {
  Enabled?: boolean;
  SnowflakeRole?: string;
}

export interface SnowflakeVpcConfiguration {
  PrivateLinkVpceId: string;
}

export interface SplunkBufferingHints {
  IntervalInSeconds?: number;
  SizeInMBs?: number;
}

export interface SplunkRetryOptions {
  DurationInSeconds?: number;
}

export interface DeliveryStreamEncryptionConfiguration {
  FailureDescription?: FailureDescription;
  KeyARN?: string;
  KeyType?: "AWS_OWNED_CMK" | "CUSTOMER_MANAGED_CMK";
  Status?: "ENABLED" | "ENABLING" | "ENABLING_FAILED" | "DISABLED" | "DISABLING" | "DISABLING_FAILED";
}

export interface DestinationDescription {
  AmazonOpenSearchServerlessDestinationDescription?: AmazonOpenSearchServerlessDestinationDescription;
  AmazonopensearchserviceDestinationDescription?: AmazonopensearchserviceDestinationDescription;
  DestinationId: string;
  ElasticsearchDestinationDescription?: ElasticsearchDestinationDescription;
  ExtendedS3DestinationDescription?: ExtendedS3DestinationDescription;
  HttpEndpointDestinationDescription?: HttpEndpointDestinationDescription;
  IcebergDestinationDescription?: IcebergDestinationDescription;
  RedshiftDestinationDescription?: RedshiftDestinationDescription;
  S3DestinationDescription?: S3DestinationDescription;
  SnowflakeDestinationDescription?: SnowflakeDestinationDescription;
  SplunkDestinationDescription?: SplunkDestinationDescription;
}

export interface FailureDescription {
  Details: string;
  Type: "VPC_ENDPOINT_SERVICE_NAME_NOT_FOUND" | "VPC_INTERFACE_ENDPOINT_SERVICE_ACCESS_DENIED" | "RETIRE_KMS_GRANT_FAILED" | "CREATE_KMS_GRANT_FAILED" | "KMS_ACCESS_DENIED" | "DISABLED_KMS_KEY" | "INVALID_KMS_KEY" | "KMS_KEY_NOT_FOUND" | "KMS_OPT_IN_REQUIRED" | "CREATE_ENI_FAILED" | "DELETE_ENI_FAILED" | "SUBNET_NOT_FOUND" | "SECURITY_GROUP_NOT_FOUND" | "ENI_ACCESS_DENIED" | "SUBNET_ACCESS_DENIED" | "SECURITY_GROUP_ACCESS_DENIED" | "UNKNOWN_ERROR";
}

export interface SourceDescription {
  DatabaseSourceDescription?: DatabaseSourceDescription;
  DirectPutSourceDescription?: DirectPutSourceDescription;
  KinesisStreamSourceDescription?: KinesisStreamSourceDescription;
  MSKSourceDescription?: MSKSourceDescription;
}

export interface Processor {
  Parameters?: Array<ProcessorParameter>;
  Type: "RecordDeAggregation" | "Decompression" | "CloudWatchLogProcessing" | "Lambda" | "MetadataExtraction" | "AppendDelimiterToRecord";
}

export interface InputFormatConfiguration {
  Deserializer?: Deserializer;
}

export interface OutputFormatConfiguration {
  Serializer?: Serializer;
}

export interface SchemaConfiguration {
  CatalogId?: string;
  DatabaseName?: string;
  Region?: string;
  RoleARN?: string;
  TableName?: string;
  VersionId?: string;
}

export interface KMSEncryptionConfig {
  AWSKMSKeyARN: string;
}

export interface HttpEndpointCommonAttribute {
  AttributeName: string;
  AttributeValue: string;
}

export interface PartitionSpec {
  Identity?: Array<PartitionField>;
}

export interface AmazonOpenSearchServerlessDestinationDescription {
  BufferingHints?: AmazonOpenSearchServerlessBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  CollectionEndpoint?: string;
  IndexName?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: AmazonOpenSearchServerlessRetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDocumentsOnly" | "AllDocuments";
  S3DestinationDescription?: S3DestinationDescription;
  VpcConfigurationDescription?: VpcConfigurationDescription;
}

export interface AmazonopensearchserviceDestinationDescription {
  BufferingHints?: AmazonopensearchserviceBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ClusterEndpoint?: string;
  DocumentIdOptions?: DocumentIdOptions;
  DomainARN?: string;
  IndexName?: string;
  IndexRotationPeriod?: "NoRotation" | "OneHour" | "OneDay" | "OneWeek" | "OneMonth";
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: AmazonopensearchserviceRetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDocumentsOnly" | "AllDocuments";
  S3DestinationDescription?: S3DestinationDescription;
  TypeName?: string;
  VpcConfigurationDescription?: VpcConfigurationDescription;
}

export interface ElasticsearchDestinationDescription {
  BufferingHints?: ElasticsearchBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ClusterEndpoint?: string;
  DocumentIdOptions?: DocumentIdOptions;
  DomainARN?: string;
  IndexName?: string;
  IndexRotationPeriod?: "NoRotation" | "OneHour" | "OneDay" | "OneWeek" | "OneMonth";
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: ElasticsearchRetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDocumentsOnly" | "AllDocuments";
  S3DestinationDescription?: S3DestinationDescription;
  TypeName?: string;
  VpcConfigurationDescription?: VpcConfigurationDescription;
}

export interface ExtendedS3DestinationDescription {
  BucketARN: string;
  BufferingHints: BufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  CompressionFormat: "UNCOMPRESSED" | "GZIP" | "ZIP" | "Snappy" | "HADOOP_SNAPPY";
  CustomTimeZone?: string;
  DataFormatConversionConfiguration?: DataFormatConversionConfiguration;
  DynamicPartitioningConfiguration?: DynamicPartitioningConfiguration;
  EncryptionConfiguration: EncryptionConfiguration;
  ErrorOutputPrefix?: string;
  FileExtension?: string;
  Prefix?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RoleARN: string;
  S3BackupDescription?: S3DestinationDescription;
  S3BackupMode?: "Disabled" | "Enabled";
}

export interface HttpEndpointDestinationDescription {
  BufferingHints?: HttpEndpointBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  EndpointConfiguration?: HttpEndpointDescription;
  ProcessingConfiguration?: ProcessingConfiguration;
  RequestConfiguration?: HttpEndpointRequestConfiguration;
  RetryOptions?: HttpEndpointRetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDataOnly" | "AllData";
  S3DestinationDescription?: S3DestinationDescription;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
}

export interface IcebergDestinationDescription {
  AppendOnly?: boolean;
  BufferingHints?: BufferingHints;
  CatalogConfiguration?: CatalogConfiguration;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  DestinationTableConfigurationList?: Array<DestinationTableConfiguration>;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: RetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDataOnly" | "AllData";
  S3DestinationDescription?: S3DestinationDescription;
  SchemaEvolutionConfiguration?: SchemaEvolutionConfiguration;
  TableCreationConfiguration?: TableCreationConfiguration;
}

export interface RedshiftDestinationDescription {
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ClusterJDBCURL: string;
  CopyCommand: CopyCommand;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: RedshiftRetryOptions;
  RoleARN: string;
  S3BackupDescription?: S3DestinationDescription;
  S3BackupMode?: "Disabled" | "Enabled";
  S3DestinationDescription: S3DestinationDescription;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
  Username?: string;
}

export interface S3DestinationDescription {
  BucketARN: string;
  BufferingHints: BufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  CompressionFormat: "UNCOMPRESSED" | "GZIP" | "ZIP" | "Snappy" | "HADOOP_SNAPPY";
  EncryptionConfiguration: EncryptionConfiguration;
  ErrorOutputPrefix?: string;
  Prefix?: string;
  RoleARN: string;
}

export interface SnowflakeDestinationDescription {
  AccountUrl?: string;
  BufferingHints?: SnowflakeBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  ContentColumnName?: string;
  DataLoadingOption?: "JSON_MAPPING" | "VARIANT_CONTENT_MAPPING" | "VARIANT_CONTENT_AND_METADATA_MAPPING";
  Database?: string;
  MetaDataColumnName?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: SnowflakeRetryOptions;
  RoleARN?: string;
  S3BackupMode?: "FailedDataOnly" | "AllData";
  S3DestinationDescription?: S3DestinationDescription;
  Schema?: string;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
  SnowflakeRoleConfiguration?: SnowflakeRoleConfiguration;
  SnowflakeVpcConfiguration?: SnowflakeVpcConfiguration;
  Table?: string;
  User?: string;
}

export interface SplunkDestinationDescription {
  BufferingHints?: SplunkBufferingHints;
  CloudWatchLoggingOptions?: CloudWatchLoggingOptions;
  HECAcknowledgmentTimeoutInSeconds?: number;
  HECEndpoint?: string;
  HECEndpointType?: "Raw" | "Event";
  HECToken?: string;
  ProcessingConfiguration?: ProcessingConfiguration;
  RetryOptions?: SplunkRetryOptions;
  S3BackupMode?: "FailedEventsOnly" | "AllEvents";
  S3DestinationDescription?: S3DestinationDescription;
  SecretsManagerConfiguration?: SecretsManagerConfiguration;
}

export interface DatabaseSourceDescription {
  Columns?: DatabaseColumnList;
  DatabaseSourceAuthenticationConfiguration?: DatabaseSourceAuthenticationConfiguration;
  DatabaseSourceVPCConfiguration?: DatabaseSourceVPCConfiguration;
  Databases?: DatabaseList;
  Endpoint?: string;
  Port?: number;
  SSLMode?: "Disabled" | "Enabled";
  SnapshotInfo?: Array<DatabaseSnapshotInfo>;
  SnapshotWatermarkTable?: string;
  SurrogateKeys?: Array<string>;
  Tables?: DatabaseTableList;
  Type?: "MySQL" | "PostgreSQL";
}

export interface DirectPutSourceDescription {
  ThroughputHintInMBs?: number;
}

export interface KinesisStreamSourceDescription {
  DeliveryStartTimestamp?: Date;
  KinesisStreamARN?: string;
  RoleARN?: string;
}

export interface MSKSourceDescription {
  AuthenticationConfiguration?: AuthenticationConfiguration;
  DeliveryStartTimestamp?: Date;
  MSKClusterARN?: string;
  ReadFromTimestamp?: Date;
  TopicName?: string;
}

export interface ProcessorParameter {
  ParameterName: "LambdaArn" | "NumberOfRetries" | "MetadataExtractionQuery" | "JsonParsingEngine" | "RoleArn" | "BufferSizeInMBs" | "BufferIntervalInSeconds" | "SubRecordType" | "Delimiter" | "CompressionFormat" | "DataMessageExtraction";
  ParameterValue: string;
}

export interface Deserializer {
  HiveJsonSerDe?: HiveJsonSerDe;
  OpenXJsonSerDe?: OpenXJsonSerDe;
}

export interface Serializer {
  OrcSerDe?: OrcSerDe;
  ParquetSerDe?: ParquetSerDe;
}

export interface PartitionField {
  SourceName: string;
}

export interface VpcConfigurationDescription {
  RoleARN: string;
  SecurityGroupIds: Array<string>;
  SubnetIds: Array<string>;
  VpcId: string;
}

export interface HttpEndpointDescription {
  Name?: string;
  Url?: string;
}

export interface DatabaseSnapshotInfo {
  FailureDescription?: FailureDescription;
  Id: string;
  RequestTimestamp: Date;
  RequestedBy: "USER" | "FIREHOSE";
  Status: "IN_PROGRESS" | "COMPLETE" | "SUSPENDED";
  Table: string;
}

export interface HiveJsonSerDe {
  TimestampFormats?: Array<string>;
}

export interface OpenXJsonSerDe {
  CaseInsensitive?: boolean;
  ColumnToJsonKeyMappings?: Record<string, string>;
  ConvertDotsInJsonKeysToUnderscores?: boolean;
}

export interface OrcSerDe {
  BlockSizeBytes?: number;
  BloomFilterColumns?: Array<string>;
  BloomFilterFalsePositiveProbability?: number;
  Compression?: "NONE" | "ZLIB" | "SNAPPY";
  DictionaryKeyThreshold?: number;
  EnablePadding?: boolean;
  FormatVersion?: "V0_11" | "V0_12";
  PaddingTolerance?: number;
  RowIndexStride?: number;
  StripeSizeBytes?: number;
}

export interface ParquetSerDe {
  BlockSizeBytes?: number;
  Compression?: "UNCOMPRESSED" | "GZIP" | "SNAPPY";
  EnableDictionaryCompression?: boolean;
  MaxPaddingBytes?: number;
  PageSizeBytes?: number;
  WriterVersion?: "V1" | "V2";
}

/** Every operation of Amazon Kinesis Firehose; a provider implements the ones it serves. */
export interface FirehoseOperations {
  CreateDeliveryStream(input: CreateDeliveryStreamInput, context: RequestContext): CreateDeliveryStreamOutput | Promise<CreateDeliveryStreamOutput>;
  DeleteDeliveryStream(input: DeleteDeliveryStreamInput, context: RequestContext): DeleteDeliveryStreamOutput | Promise<DeleteDeliveryStreamOutput>;
  DescribeDeliveryStream(input: DescribeDeliveryStreamInput, context: RequestContext): DescribeDeliveryStreamOutput | Promise<DescribeDeliveryStreamOutput>;
  ListDeliveryStreams(input: ListDeliveryStreamsInput, context: RequestContext): ListDeliveryStreamsOutput | Promise<ListDeliveryStreamsOutput>;
  ListTagsForDeliveryStream(input: ListTagsForDeliveryStreamInput, context: RequestContext): ListTagsForDeliveryStreamOutput | Promise<ListTagsForDeliveryStreamOutput>;
  PutRecord(input: PutRecordInput, context: RequestContext): PutRecordOutput | Promise<PutRecordOutput>;
  PutRecordBatch(input: PutRecordBatchInput, context: RequestContext): PutRecordBatchOutput | Promise<PutRecordBatchOutput>;
  StartDeliveryStreamEncryption(input: StartDeliveryStreamEncryptionInput, context: RequestContext): StartDeliveryStreamEncryptionOutput | Promise<StartDeliveryStreamEncryptionOutput>;
  StopDeliveryStreamEncryption(input: StopDeliveryStreamEncryptionInput, context: RequestContext): StopDeliveryStreamEncryptionOutput | Promise<StopDeliveryStreamEncryptionOutput>;
  TagDeliveryStream(input: TagDeliveryStreamInput, context: RequestContext): TagDeliveryStreamOutput | Promise<TagDeliveryStreamOutput>;
  UntagDeliveryStream(input: UntagDeliveryStreamInput, context: RequestContext): UntagDeliveryStreamOutput | Promise<UntagDeliveryStreamOutput>;
  UpdateDestination(input: UpdateDestinationInput, context: RequestContext): UpdateDestinationOutput | Promise<UpdateDestinationOutput>;
}
