// Generated from models/kinesisanalyticsv2.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AddApplicationCloudWatchLoggingOptionRequest {
  ApplicationName: string;
  CloudWatchLoggingOption: CloudWatchLoggingOption;
  ConditionalToken?: string;
  CurrentApplicationVersionId?: number;
}

export interface AddApplicationCloudWatchLoggingOptionResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
  CloudWatchLoggingOptionDescriptions?: Array<CloudWatchLoggingOptionDescription>;
  OperationId?: string;
}

export interface AddApplicationInputRequest {
  ApplicationName: string;
  CurrentApplicationVersionId: number;
  Input: Input;
}

export interface AddApplicationInputResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
  InputDescriptions?: Array<InputDescription>;
}

export interface AddApplicationInputProcessingConfigurationRequest {
  ApplicationName: string;
  CurrentApplicationVersionId: number;
  InputId: string;
  InputProcessingConfiguration: InputProcessingConfiguration;
}

export interface AddApplicationInputProcessingConfigurationResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
  InputId?: string;
  InputProcessingConfigurationDescription?: InputProcessingConfigurationDescription;
}

export interface AddApplicationOutputRequest {
  ApplicationName: string;
  CurrentApplicationVersionId: number;
  Output: Output;
}

export interface AddApplicationOutputResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
  OutputDescriptions?: Array<OutputDescription>;
}

export interface AddApplicationReferenceDataSourceRequest {
  ApplicationName: string;
  CurrentApplicationVersionId: number;
  ReferenceDataSource: ReferenceDataSource;
}

export interface AddApplicationReferenceDataSourceResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
  ReferenceDataSourceDescriptions?: Array<ReferenceDataSourceDescription>;
}

export interface AddApplicationVpcConfigurationRequest {
  ApplicationName: string;
  ConditionalToken?: string;
  CurrentApplicationVersionId?: number;
  VpcConfiguration: VpcConfiguration;
}

export interface AddApplicationVpcConfigurationResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
  OperationId?: string;
  VpcConfigurationDescription?: VpcConfigurationDescription;
}

export interface CreateApplicationRequest {
  ApplicationConfiguration?: ApplicationConfiguration;
  ApplicationDescription?: string;
  ApplicationMode?: "STREAMING" | "INTERACTIVE";
  ApplicationName: string;
  CloudWatchLoggingOptions?: Array<CloudWatchLoggingOption>;
  RuntimeEnvironment: "SQL-1_0" | "FLINK-1_6" | "FLINK-1_8" | "ZEPPELIN-FLINK-1_0" | "FLINK-1_11" | "FLINK-1_13" | "ZEPPELIN-FLINK-2_0" | "FLINK-1_15" | "ZEPPELIN-FLINK-3_0" | "FLINK-1_18" | "FLINK-1_19" | "FLINK-1_20" | "FLINK-2_2";
  ServiceExecutionRole: string;
  Tags?: Array<TagShape>;
}

export interface CreateApplicationResponse {
  ApplicationDetail: ApplicationDetail;
}

export interface CreateApplicationPresignedUrlRequest {
  ApplicationName: string;
  SessionExpirationDurationInSeconds?: number;
  UrlType: "FLINK_DASHBOARD_URL" | "ZEPPELIN_UI_URL";
}

export interface CreateApplicationPresignedUrlResponse {
  AuthorizedUrl?: string;
}

export interface CreateApplicationSnapshotRequest {
  ApplicationName: string;
  SnapshotName: string;
}

export interface CreateApplicationSnapshotResponse {
}

export interface DeleteApplicationRequest {
  ApplicationName: string;
  CreateTimestamp: Date;
}

export interface DeleteApplicationResponse {
}

export interface DeleteApplicationCloudWatchLoggingOptionRequest {
  ApplicationName: string;
  CloudWatchLoggingOptionId: string;
  ConditionalToken?: string;
  CurrentApplicationVersionId?: number;
}

export interface DeleteApplicationCloudWatchLoggingOptionResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
  CloudWatchLoggingOptionDescriptions?: Array<CloudWatchLoggingOptionDescription>;
  OperationId?: string;
}

export interface DeleteApplicationInputProcessingConfigurationRequest {
  ApplicationName: string;
  CurrentApplicationVersionId: number;
  InputId: string;
}

export interface DeleteApplicationInputProcessingConfigurationResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
}

export interface DeleteApplicationOutputRequest {
  ApplicationName: string;
  CurrentApplicationVersionId: number;
  OutputId: string;
}

export interface DeleteApplicationOutputResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
}

export interface DeleteApplicationReferenceDataSourceRequest {
  ApplicationName: string;
  CurrentApplicationVersionId: number;
  ReferenceId: string;
}

export interface DeleteApplicationReferenceDataSourceResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
}

export interface DeleteApplicationSnapshotRequest {
  ApplicationName: string;
  SnapshotCreationTimestamp: Date;
  SnapshotName: string;
}

export interface DeleteApplicationSnapshotResponse {
}

export interface DeleteApplicationVpcConfigurationRequest {
  ApplicationName: string;
  ConditionalToken?: string;
  CurrentApplicationVersionId?: number;
  VpcConfigurationId: string;
}

export interface DeleteApplicationVpcConfigurationResponse {
  ApplicationARN?: string;
  ApplicationVersionId?: number;
  OperationId?: string;
}

export interface DescribeApplicationRequest {
  ApplicationName: string;
  IncludeAdditionalDetails?: boolean;
}

export interface DescribeApplicationResponse {
  ApplicationDetail: ApplicationDetail;
}

export interface DescribeApplicationOperationRequest {
  ApplicationName: string;
  OperationId: string;
}

export interface DescribeApplicationOperationResponse {
  ApplicationOperationInfoDetails?: ApplicationOperationInfoDetails;
}

export interface DescribeApplicationSnapshotRequest {
  ApplicationName: string;
  SnapshotName: string;
}

export interface DescribeApplicationSnapshotResponse {
  SnapshotDetails: SnapshotDetails;
}

export interface DescribeApplicationVersionRequest {
  ApplicationName: string;
  ApplicationVersionId: number;
}

export interface DescribeApplicationVersionResponse {
  ApplicationVersionDetail?: ApplicationDetail;
}

export interface DiscoverInputSchemaRequest {
  InputProcessingConfiguration?: InputProcessingConfiguration;
  InputStartingPositionConfiguration?: InputStartingPositionConfiguration;
  ResourceARN?: string;
  S3Configuration?: S3Configuration;
  ServiceExecutionRole: string;
}

export interface DiscoverInputSchemaResponse {
  InputSchema?: SourceSchema;
  ParsedInputRecords?: Array<Array<string>>;
  ProcessedInputRecords?: Array<string>;
  RawInputRecords?: Array<string>;
}

export interface ListApplicationOperationsRequest {
  ApplicationName: string;
  Limit?: number;
  NextToken?: string;
  Operation?: string;
  OperationStatus?: "IN_PROGRESS" | "CANCELLED" | "SUCCESSFUL" | "FAILED";
}

export interface ListApplicationOperationsResponse {
  ApplicationOperationInfoList?: Array<ApplicationOperationInfo>;
  NextToken?: string;
}

export interface ListApplicationsRequest {
  Limit?: number;
  NextToken?: string;
}

export interface ListApplicationsResponse {
  ApplicationSummaries: Array<ApplicationSummary>;
  NextToken?: string;
}

export interface ListApplicationSnapshotsRequest {
  ApplicationName: string;
  Limit?: number;
  NextToken?: string;
}

export interface ListApplicationSnapshotsResponse {
  NextToken?: string;
  SnapshotSummaries?: Array<SnapshotDetails>;
}

export interface ListApplicationVersionsRequest {
  ApplicationName: string;
  Limit?: number;
  NextToken?: string;
}

export interface ListApplicationVersionsResponse {
  ApplicationVersionSummaries?: Array<ApplicationVersionSummary>;
  NextToken?: string;
}

export interface ListTagsForResourceRequest {
  ResourceARN: string;
}

export interface ListTagsForResourceResponse {
  Tags?: Array<TagShape>;
}

export interface RollbackApplicationRequest {
  ApplicationName: string;
  CurrentApplicationVersionId: number;
}

export interface RollbackApplicationResponse {
  ApplicationDetail: ApplicationDetail;
  OperationId?: string;
}

export interface StartApplicationRequest {
  ApplicationName: string;
  RunConfiguration?: RunConfiguration;
}

export interface StartApplicationResponse {
  OperationId?: string;
}

export interface StopApplicationRequest {
  ApplicationName: string;
  Force?: boolean;
}

export interface StopApplicationResponse {
  OperationId?: string;
}

export interface TagResourceRequest {
  ResourceARN: string;
  Tags: Array<TagShape>;
}

export interface TagResourceResponse {
}

export interface UntagResourceRequest {
  ResourceARN: string;
  TagKeys: Array<string>;
}

export interface UntagResourceResponse {
}

export interface UpdateApplicationRequest {
  ApplicationConfigurationUpdate?: ApplicationConfigurationUpdate;
  ApplicationName: string;
  CloudWatchLoggingOptionUpdates?: Array<CloudWatchLoggingOptionUpdate>;
  ConditionalToken?: string;
  CurrentApplicationVersionId?: number;
  RunConfigurationUpdate?: RunConfigurationUpdate;
  RuntimeEnvironmentUpdate?: "SQL-1_0" | "FLINK-1_6" | "FLINK-1_8" | "ZEPPELIN-FLINK-1_0" | "FLINK-1_11" | "FLINK-1_13" | "ZEPPELIN-FLINK-2_0" | "FLINK-1_15" | "ZEPPELIN-FLINK-3_0" | "FLINK-1_18" | "FLINK-1_19" | "FLINK-1_20" | "FLINK-2_2";
  ServiceExecutionRoleUpdate?: string;
}

export interface UpdateApplicationResponse {
  ApplicationDetail: ApplicationDetail;
  OperationId?: string;
}

export interface UpdateApplicationMaintenanceConfigurationRequest {
  ApplicationMaintenanceConfigurationUpdate: ApplicationMaintenanceConfigurationUpdate;
  ApplicationName: string;
}

export interface UpdateApplicationMaintenanceConfigurationResponse {
  ApplicationARN?: string;
  ApplicationMaintenanceConfigurationDescription?: ApplicationMaintenanceConfigurationDescription;
}

export interface CodeValidationException {
  Message?: string;
}

export interface ConcurrentModificationException {
  Message?: string;
}

export interface InvalidApplicationConfigurationException {
  Message?: string;
}

export interface InvalidArgumentException {
  Message?: string;
}

export interface InvalidRequestException {
  Message?: string;
}

export interface LimitExceededException {
  Message?: string;
}

export interface ResourceInUseException {
  Message?: string;
}

export interface ResourceNotFoundException {
  Message?: string;
}

export interface ResourceProvisionedThroughputExceededException {
  Message?: string;
}

export interface ServiceUnavailableException {
  Message?: string;
}

export interface TooManyTagsException {
  message?: string;
}

export interface UnableToDetectSchemaException {
  Message?: string;
  ProcessedInputRecords?: Array<string>;
  RawInputRecords?: Array<string>;
}

export interface UnsupportedOperationException {
  Message?: string;
}

export interface CloudWatchLoggingOption {
  LogStreamARN: string;
}

export interface CloudWatchLoggingOptionDescription {
  CloudWatchLoggingOptionId?: string;
  LogStreamARN: string;
  RoleARN?: string;
}

export interface Input {
  InputParallelism?: InputParallelism;
  InputProcessingConfiguration?: InputProcessingConfiguration;
  InputSchema: SourceSchema;
  KinesisFirehoseInput?: KinesisFirehoseInput;
  KinesisStreamsInput?: KinesisStreamsInput;
  NamePrefix: string;
}

export interface InputDescription {
  InAppStreamNames?: Array<string>;
  InputId?: string;
  InputParallelism?: InputParallelism;
  InputProcessingConfigurationDescription?: InputProcessingConfigurationDescription;
  InputSchema?: SourceSchema;
  InputStartingPositionConfiguration?: InputStartingPositionConfiguration;
  KinesisFirehoseInputDescription?: KinesisFirehoseInputDescription;
  KinesisStreamsInputDescription?: KinesisStreamsInputDescription;
  NamePrefix?: string;
}

export interface InputProcessingConfiguration {
  InputLambdaProcessor: InputLambdaProcessor;
}

export interface InputProcessingConfigurationDescription {
  InputLambdaProcessorDescription?: InputLambdaProcessorDescription;
}

export interface Output {
  DestinationSchema: DestinationSchema;
  KinesisFirehoseOutput?: KinesisFirehoseOutput;
  KinesisStreamsOutput?: KinesisStreamsOutput;
  LambdaOutput?: LambdaOutput;
  Name: string;
}

export interface OutputDescription {
  DestinationSchema?: DestinationSchema;
  KinesisFirehoseOutputDescription?: KinesisFirehoseOutputDescription;
  KinesisStreamsOutputDescription?: KinesisStreamsOutputDescription;
  LambdaOutputDescription?: LambdaOutputDescription;
  Name?: string;
  OutputId?: string;
}

export interface ReferenceDataSource {
  ReferenceSchema: SourceSchema;
  S3ReferenceDataSource?: S3ReferenceDataSource;
  TableName: string;
}

export interface ReferenceDataSourceDescription {
  ReferenceId: string;
  ReferenceSchema?: SourceSchema;
  S3ReferenceDataSourceDescription: S3ReferenceDataSourceDescription;
  TableName: string;
}

export interface VpcConfiguration {
  SecurityGroupIds: Array<string>;
  SubnetIds: Array<string>;
}

export interface VpcConfigurationDescription {
  SecurityGroupIds: Array<string>;
  SubnetIds: Array<string>;
  VpcConfigurationId: string;
  VpcId: string;
}

export interface ApplicationConfiguration {
  ApplicationCodeConfiguration?: ApplicationCodeConfiguration;
  ApplicationEncryptionConfiguration?: ApplicationEncryptionConfiguration;
  ApplicationSnapshotConfiguration?: ApplicationSnapshotConfiguration;
  ApplicationSystemRollbackConfiguration?: ApplicationSystemRollbackConfiguration;
  EnvironmentProperties?: EnvironmentProperties;
  FlinkApplicationConfiguration?: FlinkApplicationConfiguration;
  SqlApplicationConfiguration?: SqlApplicationConfiguration;
  VpcConfigurations?: Array<VpcConfiguration>;
  ZeppelinApplicationConfiguration?: ZeppelinApplicationConfiguration;
}

export interface TagShape {
  Key: string;
  Value?: string;
}

export interface ApplicationDetail {
  ApplicationARN: string;
  ApplicationConfigurationDescription?: ApplicationConfigurationDescription;
  ApplicationDescription?: string;
  ApplicationMaintenanceConfigurationDescription?: ApplicationMaintenanceConfigurationDescription;
  ApplicationMode?: "STREAMING" | "INTERACTIVE";
  ApplicationName: string;
  ApplicationStatus: "DELETING" | "STARTING" | "STOPPING" | "READY" | "RUNNING" | "UPDATING" | "AUTOSCALING" | "FORCE_STOPPING" | "ROLLING_BACK" | "MAINTENANCE" | "ROLLED_BACK";
  ApplicationVersionCreateTimestamp?: Date;
  ApplicationVersionId: number;
  ApplicationVersionRolledBackFrom?: number;
  ApplicationVersionRolledBackTo?: number;
  ApplicationVersionUpdatedFrom?: number;
  CloudWatchLoggingOptionDescriptions?: Array<CloudWatchLoggingOptionDescription>;
  ConditionalToken?: string;
  CreateTimestamp?: Date;
  LastUpdateTimestamp?: Date;
  RuntimeEnvironment: "SQL-1_0" | "FLINK-1_6" | "FLINK-1_8" | "ZEPPELIN-FLINK-1_0" | "FLINK-1_11" | "FLINK-1_13" | "ZEPPELIN-FLINK-2_0" | "FLINK-1_15" | "ZEPPELIN-FLINK-3_0" | "FLINK-1_18" | "FLINK-1_19" | "FLINK-1_20" | "FLINK-2_2";
  ServiceExecutionRole?: string;
}

export interface ApplicationOperationInfoDetails {
  ApplicationVersionChangeDetails?: ApplicationVersionChangeDetails;
  EndTime: Date;
  Operation: string;
  OperationFailureDetails?: OperationFailureDetails;
  OperationStatus: "IN_PROGRESS" | "CANCELLED" | "SUCCESSFUL" | "FAILED";
  StartTime: Date;
}

export interface SnapshotDetails {
  ApplicationEncryptionConfigurationDescription?: ApplicationEncryptionConfigurationDescription;
  ApplicationVersionId: number;
  RuntimeEnvironment?: "SQL-1_0" | "FLINK-1_6" | "FLINK-1_8" | "ZEPPELIN-FLINK-1_0" | "FLINK-1_11" | "FLINK-1_13" | "ZEPPELIN-FLINK-2_0" | "FLINK-1_15" | "ZEPPELIN-FLINK-3_0" | "FLINK-1_18" | "FLINK-1_19" | "FLINK-1_20" | "FLINK-2_2";
  SnapshotCreationTimestamp?: Date;
  SnapshotName: string;
  SnapshotStatus: "CREATING" | "READY" | "DELETING" | "FAILED";
}

export interface InputStartingPositionConfiguration {
  InputStartingPosition?: "NOW" | "TRIM_HORIZON" | "LAST_STOPPED_POINT";
}

export interface S3Configuration {
  BucketARN: string;
  FileKey: string;
}

export interface SourceSchema {
  RecordColumns: Array<RecordColumn>;
  RecordEncoding?: string;
  RecordFormat: RecordFormat;
}

export interface ApplicationOperationInfo {
  EndTime?: Date;
  Operation?: string;
  OperationId?: string;
  OperationStatus?: "IN_PROGRESS" | "CANCELLED" | "SUCCESSFUL" | "FAILED";
  StartTime?: Date;
}

export interface ApplicationSummary {
  ApplicationARN: string;
  ApplicationMode?: "STREAMING" | "INTERACTIVE";
  ApplicationName: string;
  ApplicationStatus: "DELETING" | "STARTING" | "STOPPING" | "READY" | "RUNNING" | "UPDATING" | "AUTOSCALING" | "FORCE_STOPPING" | "ROLLING_BACK" | "MAINTENANCE" | "ROLLED_BACK";
  ApplicationVersionId: number;
  RuntimeEnvironment: "SQL-1_0" | "FLINK-1_6" | "FLINK-1_8" | "ZEPPELIN-FLINK-1_0" | "FLINK-1_11" | "FLINK-1_13" | "ZEPPELIN-FLINK-2_0" | "FLINK-1_15" | "ZEPPELIN-FLINK-3_0" | "FLINK-1_18" | "FLINK-1_19" | "FLINK-1_20" | "FLINK-2_2";
}

export interface ApplicationVersionSummary {
  ApplicationStatus: "DELETING" | "STARTING" | "STOPPING" | "READY" | "RUNNING" | "UPDATING" | "AUTOSCALING" | "FORCE_STOPPING" | "ROLLING_BACK" | "MAINTENANCE" | "ROLLED_BACK";
  ApplicationVersionId: number;
}

export interface RunConfiguration {
  ApplicationRestoreConfiguration?: ApplicationRestoreConfiguration;
  FlinkRunConfiguration?: FlinkRunConfiguration;
  SqlRunConfigurations?: Array<SqlRunConfiguration>;
}

export interface ApplicationConfigurationUpdate {
  ApplicationCodeConfigurationUpdate?: ApplicationCodeConfigurationUpdate;
  ApplicationEncryptionConfigurationUpdate?: ApplicationEncryptionConfigurationUpdate;
  ApplicationSnapshotConfigurationUpdate?: ApplicationSnapshotConfigurationUpdate;
  ApplicationSystemRollbackConfigurationUpdate?: ApplicationSystemRollbackConfigurationUpdate;
  EnvironmentPropertyUpdates?: EnvironmentPropertyUpdates;
  FlinkApplicationConfigurationUpdate?: FlinkApplicationConfigurationUpdate;
  SqlApplicationConfigurationUpdate?: SqlApplicationConfigurationUpdate;
  VpcConfigurationUpdates?: Array<VpcConfigurationUpdate>;
  ZeppelinApplicationConfigurationUpdate?: ZeppelinApplicationConfigurationUpdate;
}

export interface CloudWatchLoggingOptionUpdate {
  CloudWatchLoggingOptionId: string;
  LogStreamARNUpdate?: string;
}

export interface RunConfigurationUpdate {
  ApplicationRestoreConfiguration?: ApplicationRestoreConfiguration;
  FlinkRunConfiguration?: FlinkRunConfiguration;
}

export interface ApplicationMaintenanceConfigurationUpdate {
  ApplicationMaintenanceWindowStartTimeUpdate: string;
}

export interface ApplicationMaintenanceConfigurationDescription {
  ApplicationMaintenanceWindowEndTime: string;
  ApplicationMaintenanceWindowStartTime: string;
}

export interface InputParallelism {
  Count?: number;
}

export interface KinesisFirehoseInput {
  ResourceARN: string;
}

export interface KinesisStreamsInput {
  ResourceARN: string;
}

export interface KinesisFirehoseInputDescription {
  ResourceARN: string;
  RoleARN?: string;
}

export interface KinesisStreamsInputDescription {
  ResourceARN: string;
  RoleARN?: string;
}

export interface InputLambdaProcessor {
  ResourceARN: string;
}

export interface InputLambdaProcessorDescription {
  ResourceARN: string;
  RoleARN?: string;
}

export interface DestinationSchema {
  RecordFormatType: "JSON" | "CSV";
}

export interface KinesisFirehoseOutput {
  ResourceARN: string;
}

export interface KinesisStreamsOutput {
  ResourceARN: string;
}

export interface LambdaOutput {
  ResourceARN: string;
}

export interface KinesisFirehoseOutputDescription {
  ResourceARN: string;
  RoleARN?: string;
}

export interface KinesisStreamsOutputDescription {
  ResourceARN: string;
  RoleARN?: string;
}

export interface LambdaOutputDescription {
  ResourceARN: string;
  RoleARN?: string;
}

export interface S3ReferenceDataSource {
  BucketARN?: string;
  FileKey?: string;
}

export interface S3ReferenceDataSourceDescription {
  BucketARN: string;
  FileKey: string;
  ReferenceRoleARN?: string;
}

export interface ApplicationCodeConfiguration {
  CodeContent?: CodeContent;
  CodeContentType: "PLAINTEXT" | "ZIPFILE";
}

export interface ApplicationEncryptionConfiguration {
  KeyId?: string;
  KeyType: "AWS_OWNED_KEY" | "CUSTOMER_MANAGED_KEY";
}

export interface ApplicationSnapshotConfiguration {
  SnapshotsEnabled: boolean;
}

export interface ApplicationSystemRollbackConfiguration {
  RollbackEnabled: boolean;
}

export interface EnvironmentProperties {
  PropertyGroups: Array<PropertyGroup>;
}

export interface FlinkApplicationConfiguration {
  CheckpointConfiguration?: CheckpointConfiguration;
  MonitoringConfiguration?: MonitoringConfiguration;
  ParallelismConfiguration?: ParallelismConfiguration;
}

export interface SqlApplicationConfiguration {
  Inputs?: Array<Input>;
  Outputs?: Array<Output>;
  ReferenceDataSources?: Array<ReferenceDataSource>;
}

export interface ZeppelinApplicationConfiguration {
  CatalogConfiguration?: CatalogConfiguration;
  CustomArtifactsConfiguration?: Array<CustomArtifactConfiguration>;
  DeployAsApplicationConfiguration?: DeployAsApplicationConfiguration;
  MonitoringConfiguration?: ZeppelinMonitoringConfiguration;
}

export interface ApplicationConfigurationDescription {
  ApplicationCodeConfigurationDescription?: ApplicationCodeConfigurationDescription;
  ApplicationEncryptionConfigurationDescription?: ApplicationEncryptionConfigurationDescription;
  ApplicationSnapshotConfigurationDescription?: ApplicationSnapshotConfigurationDescription;
  ApplicationSystemRollbackConfigurationDescription?: ApplicationSystemRollbackConfigurationDescription;
  EnvironmentPropertyDescriptions?: EnvironmentPropertyDescriptions;
  FlinkApplicationConfigurationDescription?: FlinkApplicationConfigurationDescription;
  RunConfigurationDescription?: RunConfigurationDescription;
  SqlApplicationConfigurationDescription?: SqlApplicationConfigurationDescription;
  VpcConfigurationDescriptions?: Array<VpcConfigurationDescription>;
  ZeppelinApplicationConfigurationDescription?: ZeppelinApplicationConfigurationDescription;
}

export interface ApplicationVersionChangeDetails {
  ApplicationVersionUpdatedFrom: number;
  ApplicationVersionUpdatedTo: number;
}

export interface OperationFailureDetails {
  ErrorInfo?: ErrorInfo;
  RollbackOperationId?: string;
}

export interface ApplicationEncryptionConfigurationDescription {
  KeyId?: string;
  KeyType: "AWS_OWNED_KEY" | "CUSTOMER_MANAGED_KEY";
}

export interface RecordColumn {
  Mapping?: string;
  Name: string;
  SqlType: string;
}

export interface RecordFormat {
  MappingParameters?: MappingParameters;
  RecordFormatType: "JSON" | "CSV";
}

export interface ApplicationRestoreConfiguration {
  ApplicationRestoreType: "SKIP_RESTORE_FROM_SNAPSHOT" | "RESTORE_FROM_LATEST_SNAPSHOT" | "RESTORE_FROM_CUSTOM_SNAPSHOT";
  SnapshotName?: string;
}

export interface FlinkRunConfiguration {
  AllowNonRestoredState?: boolean;
}

export interface SqlRunConfiguration {
  InputId: string;
  InputStartingPositionConfiguration: InputStartingPositionConfiguration;
}

export interface ApplicationCodeConfigurationUpdate {
  CodeContentTypeUpdate?: "PLAINTEXT" | "ZIPFILE";
  CodeContentUpdate?: CodeContentUpdate;
}

export interface ApplicationEncryptionConfigurationUpdate {
  KeyIdUpdate?: string;
  KeyTypeUpdate: "AWS_OWNED_KEY" | "CUSTOMER_MANAGED_KEY";
}

export interface ApplicationSnapshotConfigurationUpdate {
  SnapshotsEnabledUpdate: boolean;
}

export interface ApplicationSystemRollbackConfigurationUpdate {
  RollbackEnabledUpdate: boolean;
}

export interface EnvironmentPropertyUpdates {
  PropertyGroups: Array<PropertyGroup>;
}

export interface FlinkApplicationConfigurationUpdate {
  CheckpointConfigurationUpdate?: CheckpointConfigurationUpdate;
  MonitoringConfigurationUpdate?: MonitoringConfigurationUpdate;
  ParallelismConfigurationUpdate?: ParallelismConfigurationUpdate;
}

export interface SqlApplicationConfigurationUpdate {
  InputUpdates?: Array<InputUpdate>;
  OutputUpdates?: Array<OutputUpdate>;
  ReferenceDataSourceUpdates?: Array<ReferenceDataSourceUpdate>;
}

export interface VpcConfigurationUpdate {
  SecurityGroupIdUpdates?: Array<string>;
  SubnetIdUpdates?: Array<string>;
  VpcConfigurationId: string;
}

export interface ZeppelinApplicationConfigurationUpdate {
  CatalogConfigurationUpdate?: CatalogConfigurationUpdate;
  CustomArtifactsConfigurationUpdate?: Array<CustomArtifactConfiguration>;
  DeployAsApplicationConfigurationUpdate?: DeployAsApplicationConfigurationUpdate;
  MonitoringConfigurationUpdate?: ZeppelinMonitoringConfigurationUpdate;
}

export interface CodeContent {
  S3ContentLocation?: S3ContentLocation;
  TextContent?: string;
  ZipFileContent?: Buffer;
}

export interface PropertyGroup {
  PropertyGroupId: string;
  PropertyMap: Record<string, string>;
}

export interface CheckpointConfiguration {
  CheckpointInterval?: number;
  CheckpointingEnabled?: boolean;
  ConfigurationType: "DEFAULT" | "CUSTOM";
  MinPauseBetweenCheckpoints?: number;
}

export interface MonitoringConfiguration {
  ConfigurationType: "DEFAULT" | "CUSTOM";
  LogLevel?: "INFO" | "WARN" | "ERROR" | "DEBUG";
  MetricsLevel?: "APPLICATION" | "TASK" | "OPERATOR" | "PARALLELISM";
}

export interface ParallelismConfiguration {
  AutoScalingEnabled?: boolean;
  ConfigurationType: "DEFAULT" | "CUSTOM";
  Parallelism?: number;
  ParallelismPerKPU?: number;
}

export interface CatalogConfiguration {
  GlueDataCatalogConfiguration: GlueDataCatalogConfiguration;
}

export interface CustomArtifactConfiguration {
  ArtifactType: "UDF" | "DEPENDENCY_JAR";
  MavenReference?: MavenReference;
  S3ContentLocation?: S3ContentLocation;
}

export interface DeployAsApplicationConfiguration {
  S3ContentLocation: S3ContentBaseLocation;
}

export interface ZeppelinMonitoringConfiguration {
  LogLevel: "INFO" | "WARN" | "ERROR" | "DEBUG";
}

export interface ApplicationCodeConfigurationDescription {
  CodeContentDescription?: CodeContentDescription;
  CodeContentType: "PLAINTEXT" | "ZIPFILE";
}

export interface ApplicationSnapshotConfigurationDescription {
  SnapshotsEnabled: boolean;
}

export interface ApplicationSystemRollbackConfigurationDescription {
  RollbackEnabled: boolean;
}

export interface EnvironmentPropertyDescriptions {
  PropertyGroupDescriptions?: Array<PropertyGroup>;
}

export interface FlinkApplicationConfigurationDescription {
  CheckpointConfigurationDescription?: CheckpointConfigurationDescription;
  JobPlanDescription?: string;
  MonitoringConfigurationDescription?: MonitoringConfigurationDescription;
  ParallelismConfigurationDescription?: ParallelismConfigurationDescription;
}

export interface RunConfigurationDescription {
  ApplicationRestoreConfigurationDescription?: ApplicationRestoreConfiguration;
  FlinkRunConfigurationDescription?: FlinkRunConfiguration;
}

export interface SqlApplicationConfigurationDescription {
  InputDescriptions?: Array<InputDescription>;
  OutputDescriptions?: Array<OutputDescription>;
  ReferenceDataSourceDescriptions?: Array<ReferenceDataSourceDescription>;
}

export interface ZeppelinApplicationConfigurationDescription {
  CatalogConfigurationDescription?: CatalogConfigurationDescription;
  CustomArtifactsConfigurationDescription?: Array<CustomArtifactConfigurationDescription>;
  DeployAsApplicationConfigurationDescription?: DeployAsApplicationConfigurationDescription;
  MonitoringConfigurationDescription: ZeppelinMonitoringConfigurationDescription;
}

export interface ErrorInfo {
  ErrorString?: string;
}

export interface MappingParameters {
  CSVMappingParameters?: CSVMappingParameters;
  JSONMappingParameters?: JSONMappingParameters;
}

export interface CodeContentUpdate {
  S3ContentLocationUpdate?: S3ContentLocationUpdate;
  TextContentUpdate?: string;
  ZipFileContentUpdate?: Buffer;
}

export interface CheckpointConfigurationUpdate {
  CheckpointIntervalUpdate?: number;
  CheckpointingEnabledUpdate?: boolean;
  ConfigurationTypeUpdate?: "DEFAULT" | "CUSTOM";
  MinPauseBetweenCheckpointsUpdate?: number;
}

export interface MonitoringConfigurationUpdate {
  ConfigurationTypeUpdate?: "DEFAULT" | "CUSTOM";
  LogLevelUpdate?: "INFO" | "WARN" | "ERROR" | "DEBUG";
  MetricsLevelUpdate?: "APPLICATION" | "TASK" | "OPERATOR" | "PARALLELISM";
}

export interface ParallelismConfigurationUpdate {
  AutoScalingEnabledUpdate?: boolean;
  ConfigurationTypeUpdate?: "DEFAULT" | "CUSTOM";
  ParallelismPerKPUUpdate?: number;
  ParallelismUpdate?: number;
}

export interface InputUpdate {
  InputId: string;
  InputParallelismUpdate?: InputParallelismUpdate;
  InputProcessingConfigurationUpdate?: InputProcessingConfigurationUpdate;
  InputSchemaUpdate?: InputSchemaUpdate;
  KinesisFirehoseInputUpdate?: KinesisFirehoseInputUpdate;
  KinesisStreamsInputUpdate?: KinesisStreamsInputUpdate;
  NamePrefixUpdate?: string;
}

export interface OutputUpdate {
  DestinationSchemaUpdate?: DestinationSchema;
  KinesisFirehoseOutputUpdate?: KinesisFirehoseOutputUpdate;
  KinesisStreamsOutputUpdate?: KinesisStreamsOutputUpdate;
  LambdaOutputUpdate?: LambdaOutputUpdate;
  NameUpdate?: string;
  OutputId: string;
}

export interface ReferenceDataSourceUpdate {
  ReferenceId: string;
  ReferenceSchemaUpdate?: SourceSchema;
  S3ReferenceDataSourceUpdate?: S3ReferenceDataSourceUpdate;
  TableNameUpdate?: string;
}

export interface CatalogConfigurationUpdate {
  GlueDataCatalogConfigurationUpdate: GlueDataCatalogConfigurationUpdate;
}

export interface DeployAsApplicationConfigurationUpdate {
  S3ContentLocationUpdate?: S3ContentBaseLocationUpdate;
}

export interface ZeppelinMonitoringConfigurationUpdate {
  LogLevelUpdate: "INFO" | "WARN" | "ERROR" | "DEBUG";
}

export interface S3ContentLocation {
  BucketARN: string;
  FileKey: string;
  ObjectVersion?: string;
}

export interface GlueDataCatalogConfiguration {
  DatabaseARN: string;
}

export interface MavenReference {
  ArtifactId: string;
  GroupId: string;
  Version: string;
}

export interface S3ContentBaseLocation {
  BasePath?: string;
  BucketARN: string;
}

export interface CodeContentDescription {
  CodeMD5?: string;
  CodeSize?: number;
  S3ApplicationCodeLocationDescription?: S3ApplicationCodeLocationDescription;
  TextContent?: string;
}

export interface CheckpointConfigurationDescription {
  CheckpointInterval?: number;
  CheckpointingEnabled?: boolean;
  ConfigurationType?: "DEFAULT" | "CUSTOM";
  MinPauseBetweenCheckpoints?: number;
}

export interface MonitoringConfigurationDescription {
  ConfigurationType?: "DEFAULT" | "CUSTOM";
  LogLevel?: "INFO" | "WARN" | "ERROR" | "DEBUG";
  MetricsLevel?: "APPLICATION" | "TASK" | "OPERATOR" | "PARALLELISM";
}

export interface ParallelismConfigurationDescription {
  AutoScalingEnabled?: boolean;
  ConfigurationType?: "DEFAULT" | "CUSTOM";
  CurrentParallelism?: number;
  Parallelism?: number;
  ParallelismPerKPU?: number;
}

export interface CatalogConfigurationDescription {
  GlueDataCatalogConfigurationDescription: GlueDataCatalogConfigurationDescription;
}

export interface CustomArtifactConfigurationDescription {
  ArtifactType?: "UDF" | "DEPENDENCY_JAR";
  MavenReferenceDescription?: MavenReference;
  S3ContentLocationDescription?: S3ContentLocation;
}

export interface DeployAsApplicationConfigurationDescription {
  S3ContentLocationDescription: S3ContentBaseLocationDescription;
}

export interface ZeppelinMonitoringConfigurationDescription {
  LogLevel?: "INFO" | "WARN" | "ERROR" | "DEBUG";
}

export interface CSVMappingParameters {
  RecordColumnDelimiter: string;
  RecordRowDelimiter: string;
}

export interface JSONMappingParameters {
  RecordRowPath: string;
}

export interface S3ContentLocationUpdate {
  BucketARNUpdate?: string;
  FileKeyUpdate?: string;
  ObjectVersionUpdate?: string;
}

export interface InputParallelismUpdate {
  CountUpdate: number;
}

export interface InputProcessingConfigurationUpdate {
  InputLambdaProcessorUpdate: InputLambdaProcessorUpdate;
}

export interface InputSchemaUpdate {
  RecordColumnUpdates?: Array<RecordColumn>;
  RecordEncodingUpdate?: string;
  RecordFormatUpdate?: RecordFormat;
}

export interface KinesisFirehoseInputUpdate {
  ResourceARNUpdate: string;
}

export interface KinesisStreamsInputUpdate {
  ResourceARNUpdate: string;
}

export interface KinesisFirehoseOutputUpdate {
  ResourceARNUpdate: string;
}

export interface KinesisStreamsOutputUpdate {
  ResourceARNUpdate: string;
}

export interface LambdaOutputUpdate {
  ResourceARNUpdate: string;
}

export interface S3ReferenceDataSourceUpdate {
  BucketARNUpdate?: string;
  FileKeyUpdate?: string;
}

export interface GlueDataCatalogConfigurationUpdate {
  DatabaseARNUpdate: string;
}

export interface S3ContentBaseLocationUpdate {
  BasePathUpdate?: string;
  BucketARNUpdate?: string;
}

export interface S3ApplicationCodeLocationDescription {
  BucketARN: string;
  FileKey: string;
  ObjectVersion?: string;
}

export interface GlueDataCatalogConfigurationDescription {
  DatabaseARN: string;
}

export interface S3ContentBaseLocationDescription {
  BasePath?: string;
  BucketARN: string;
}

export interface InputLambdaProcessorUpdate {
  ResourceARNUpdate: string;
}

/** Every operation of Amazon Kinesis Analytics; a provider implements the ones it serves. */
export interface Kinesisanalyticsv2Operations {
  AddApplicationCloudWatchLoggingOption(input: AddApplicationCloudWatchLoggingOptionRequest, context: RequestContext): AddApplicationCloudWatchLoggingOptionResponse | Promise<AddApplicationCloudWatchLoggingOptionResponse>;
  AddApplicationInput(input: AddApplicationInputRequest, context: RequestContext): AddApplicationInputResponse | Promise<AddApplicationInputResponse>;
  AddApplicationInputProcessingConfiguration(input: AddApplicationInputProcessingConfigurationRequest, context: RequestContext): AddApplicationInputProcessingConfigurationResponse | Promise<AddApplicationInputProcessingConfigurationResponse>;
  AddApplicationOutput(input: AddApplicationOutputRequest, context: RequestContext): AddApplicationOutputResponse | Promise<AddApplicationOutputResponse>;
  AddApplicationReferenceDataSource(input: AddApplicationReferenceDataSourceRequest, context: RequestContext): AddApplicationReferenceDataSourceResponse | Promise<AddApplicationReferenceDataSourceResponse>;
  AddApplicationVpcConfiguration(input: AddApplicationVpcConfigurationRequest, context: RequestContext): AddApplicationVpcConfigurationResponse | Promise<AddApplicationVpcConfigurationResponse>;
  CreateApplication(input: CreateApplicationRequest, context: RequestContext): CreateApplicationResponse | Promise<CreateApplicationResponse>;
  CreateApplicationPresignedUrl(input: CreateApplicationPresignedUrlRequest, context: RequestContext): CreateApplicationPresignedUrlResponse | Promise<CreateApplicationPresignedUrlResponse>;
  CreateApplicationSnapshot(input: CreateApplicationSnapshotRequest, context: RequestContext): CreateApplicationSnapshotResponse | Promise<CreateApplicationSnapshotResponse>;
  DeleteApplication(input: DeleteApplicationRequest, context: RequestContext): DeleteApplicationResponse | Promise<DeleteApplicationResponse>;
  DeleteApplicationCloudWatchLoggingOption(input: DeleteApplicationCloudWatchLoggingOptionRequest, context: RequestContext): DeleteApplicationCloudWatchLoggingOptionResponse | Promise<DeleteApplicationCloudWatchLoggingOptionResponse>;
  DeleteApplicationInputProcessingConfiguration(input: DeleteApplicationInputProcessingConfigurationRequest, context: RequestContext): DeleteApplicationInputProcessingConfigurationResponse | Promise<DeleteApplicationInputProcessingConfigurationResponse>;
  DeleteApplicationOutput(input: DeleteApplicationOutputRequest, context: RequestContext): DeleteApplicationOutputResponse | Promise<DeleteApplicationOutputResponse>;
  DeleteApplicationReferenceDataSource(input: DeleteApplicationReferenceDataSourceRequest, context: RequestContext): DeleteApplicationReferenceDataSourceResponse | Promise<DeleteApplicationReferenceDataSourceResponse>;
  DeleteApplicationSnapshot(input: DeleteApplicationSnapshotRequest, context: RequestContext): DeleteApplicationSnapshotResponse | Promise<DeleteApplicationSnapshotResponse>;
  DeleteApplicationVpcConfiguration(input: DeleteApplicationVpcConfigurationRequest, context: RequestContext): DeleteApplicationVpcConfigurationResponse | Promise<DeleteApplicationVpcConfigurationResponse>;
  DescribeApplication(input: DescribeApplicationRequest, context: RequestContext): DescribeApplicationResponse | Promise<DescribeApplicationResponse>;
  DescribeApplicationOperation(input: DescribeApplicationOperationRequest, context: RequestContext): DescribeApplicationOperationResponse | Promise<DescribeApplicationOperationResponse>;
  DescribeApplicationSnapshot(input: DescribeApplicationSnapshotRequest, context: RequestContext): DescribeApplicationSnapshotResponse | Promise<DescribeApplicationSnapshotResponse>;
  DescribeApplicationVersion(input: DescribeApplicationVersionRequest, context: RequestContext): DescribeApplicationVersionResponse | Promise<DescribeApplicationVersionResponse>;
  DiscoverInputSchema(input: DiscoverInputSchemaRequest, context: RequestContext): DiscoverInputSchemaResponse | Promise<DiscoverInputSchemaResponse>;
  ListApplicationOperations(input: ListApplicationOperationsRequest, context: RequestContext): ListApplicationOperationsResponse | Promise<ListApplicationOperationsResponse>;
  ListApplications(input: ListApplicationsRequest, context: RequestContext): ListApplicationsResponse | Promise<ListApplicationsResponse>;
  ListApplicationSnapshots(input: ListApplicationSnapshotsRequest, context: RequestContext): ListApplicationSnapshotsResponse | Promise<ListApplicationSnapshotsResponse>;
  ListApplicationVersions(input: ListApplicationVersionsRequest, context: RequestContext): ListApplicationVersionsResponse | Promise<ListApplicationVersionsResponse>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResponse | Promise<ListTagsForResourceResponse>;
  RollbackApplication(input: RollbackApplicationRequest, context: RequestContext): RollbackApplicationResponse | Promise<RollbackApplicationResponse>;
  StartApplication(input: StartApplicationRequest, context: RequestContext): StartApplicationResponse | Promise<StartApplicationResponse>;
  StopApplication(input: StopApplicationRequest, context: RequestContext): StopApplicationResponse | Promise<StopApplicationResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): TagResourceResponse | Promise<TagResourceResponse>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): UntagResourceResponse | Promise<UntagResourceResponse>;
  UpdateApplication(input: UpdateApplicationRequest, context: RequestContext): UpdateApplicationResponse | Promise<UpdateApplicationResponse>;
  UpdateApplicationMaintenanceConfiguration(input: UpdateApplicationMaintenanceConfigurationRequest, context: RequestContext): UpdateApplicationMaintenanceConfigurationResponse | Promise<UpdateApplicationMaintenanceConfigurationResponse>;
}
