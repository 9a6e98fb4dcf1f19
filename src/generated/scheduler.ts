// Generated from models/scheduler.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface CreateScheduleInput {
  ActionAfterCompletion?: "NONE" | "DELETE";
  ClientToken?: string;
  Description?: string;
  EndDate?: Date;
  FlexibleTimeWindow: FlexibleTimeWindow;
  GroupName?: string;
  KmsKeyArn?: string;
  Name: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  StartDate?: Date;
  State?: "ENABLED" | "DISABLED";
  Target: Target;
}

export interface CreateScheduleOutput {
  ScheduleArn: string;
}

export interface CreateScheduleGroupInput {
  ClientToken?: string;
  Name: string;
  Tags?: Array<TagShape>;
}

export interface CreateScheduleGroupOutput {
  ScheduleGroupArn: string;
}

export interface DeleteScheduleInput {
  ClientToken?: string;
  GroupName?: string;
  Name: string;
}

export interface DeleteScheduleOutput {
}

export interface DeleteScheduleGroupInput {
  ClientToken?: string;
  Name: string;
}

export interface DeleteScheduleGroupOutput {
}

export interface GetScheduleInput {
  GroupName?: string;
  Name: string;
}

export interface GetScheduleOutput {
  ActionAfterCompletion?: "NONE" | "DELETE";
  Arn?: string;
  CreationDate?: Date;
  Description?: string;
  EndDate?: Date;
  FlexibleTimeWindow?: FlexibleTimeWindow;
  GroupName?: string;
  KmsKeyArn?: string;
  LastModificationDate?: Date;
  Name?: string;
  ScheduleExpression?: string;
  ScheduleExpressionTimezone?: string;
  StartDate?: Date;
  State?: "ENABLED" | "DISABLED";
  Target?: Target;
}

export interface GetScheduleGroupInput {
  Name: string;
}

export interface GetScheduleGroupOutput {
  Arn?: string;
  CreationDate?: Date;
  LastModificationDate?: Date;
  Name?: string;
  State?: "ACTIVE" | "DELETING";
}

export interface ListScheduleGroupsInput {
  MaxResults?: number;
  NamePrefix?: string;
  NextToken?: string;
}

export interface ListScheduleGroupsOutput {
  NextToken?: string;
  ScheduleGroups: Array<ScheduleGroupSummary>;
}

export interface ListSchedulesInput {
  GroupName?: string;
  MaxResults?: number;
  NamePrefix?: string;
  NextToken?: string;
  State?: "ENABLED" | "DISABLED";
}

export interface ListSchedulesOutput {
  NextToken?: string;
  Schedules: Array<ScheduleSummary>;
}

export interface ListTagsForResourceInput {
  ResourceArn: string;
}

export interface ListTagsForResourceOutput {
  Tags?: Array<TagShape>;
}

export interface TagResourceInput {
  ResourceArn: string;
  Tags: Array<TagShape>;
}

export interface TagResourceOutput {
}

export interface UntagResourceInput {
  ResourceArn: string;
  TagKeys: Array<string>;
}

export interface UntagResourceOutput {
}

export interface UpdateScheduleInput {
  ActionAfterCompletion?: "NONE" | "DELETE";
  ClientToken?: string;
  Description?: string;
  EndDate?: Date;
  FlexibleTimeWindow: FlexibleTimeWindow;
  GroupName?: string;
  KmsKeyArn?: string;
  Name: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone?: string;
  StartDate?: Date;
  State?: "ENABLED" | "DISABLED";
  Target: Target;
}

export interface UpdateScheduleOutput {
  ScheduleArn: string;
}

export interface ConflictException {
  Message: string;
}

export interface InternalServerException {
  Message: string;
}

export interface ResourceNotFoundException {
  Message: string;
}

export interface ServiceQuotaExceededException {
  Message: string;
}

export interface ThrottlingException {
  Message: string;
}

export interface ValidationException {
  Message: string;
}

export interface FlexibleTimeWindow {
  MaximumWindowInMinutes?: number;
  Mode: "OFF" | "FLEXIBLE";
}

export interface Target {
  Arn: string;
  DeadLetterConfig?: DeadLetterConfig;
  EcsParameters?: EcsParameters;
  EventBridgeParameters?: EventBridgeParameters;
  Input?: string;
  KinesisParameters?: KinesisParameters;
  RetryPolicy?: RetryPolicy;
  RoleArn: string;
  SageMakerPipelineParameters?: SageMakerPipelineParameters;
  SqsParameters?: SqsParameters;
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface ScheduleGroupSummary {
  Arn?: string;
  CreationDate?: Date;
  LastModificationDate?: Date;
  Name?: string;
  State?: "ACTIVE" | "DELETING";
}

export interface ScheduleSummary {
  Arn?: string;
  CreationDate?: Date;
  GroupName?: string;
  LastModificationDate?: Date;
  Name?: string;
  State?: "ENABLED" | "DISABLED";
  Target?: TargetSummary;
}

export interface DeadLetterConfig {
  Arn?: string;
}

export interface EcsParameters {
  CapacityProviderStrategy?: Array<CapacityProviderStrategyItem>;
  EnableECSManagedTags?: boolean;
  EnableExecuteCommand?: boolean;
  Group?: string;
  LaunchType?: "EC2" | "FARGATE" | "EXTERNAL";
  NetworkConfiguration?: NetworkConfiguration;
  PlacementConstraints?: Array<PlacementConstraint>;
  PlacementStrategy?: Array<PlacementStrategy>;
  PlatformVersion?: string;
  PropagateTags?: "TASK_DEFINITION";
  ReferenceId?: string;
  Tags?: Array<Record<string, string>>;
  TaskCount?: number;
  TaskDefinitionArn: string;
}

export interface EventBridgeParameters {
  DetailType: string;
  Source: string;
}

export interface KinesisParameters {
  PartitionKey: string;
}

export interface RetryPolicy {
  MaximumEventAgeInSeconds?: number;
  MaximumRetryAttempts?: number;
}

export interface SageMakerPipelineParameters {
  PipelineParameterList?: Array<SageMakerPipelineParameter>;
}

export interface SqsParameters {
  MessageGroupId?: string;
}

export interface TargetSummary {
  Arn: string;
}

export interface CapacityProviderStrategyItem {
  base?: number;
  capacityProvider: string;
  weight?: number;
}

export interface NetworkConfiguration {
  awsvpcConfiguration?: AwsVpcConfiguration;
}

export interface PlacementConstraint {
  expression?: string;
  type?: "distinctInstance" | "memberOf";
}

export interface PlacementStrategy {
  field?: string;
  type?: "random" | "spread" | "binpack";
}

export interface SageMakerPipelineParameter {
  Name: string;
  Value: string;
}

export interface AwsVpcConfiguration {
  AssignPublicIp?: "ENABLED" | "DISABLED";
  SecurityGroups?: Array<string>;
  Subnets: Array<string>;
}

/** Every operation of Amazon EventBridge Scheduler; a provider implements the ones it serves. */
export interface SchedulerOperations {
  CreateSchedule(input: CreateScheduleInput, context: RequestContext): CreateScheduleOutput | Promise<CreateScheduleOutput>;
  CreateScheduleGroup(input: CreateScheduleGroupInput, context: RequestContext): CreateScheduleGroupOutput | Promise<CreateScheduleGroupOutput>;
  DeleteSchedule(input: DeleteScheduleInput, context: RequestContext): DeleteScheduleOutput | Promise<DeleteScheduleOutput>;
  DeleteScheduleGroup(input: DeleteScheduleGroupInput, context: RequestContext): DeleteScheduleGroupOutput | Promise<DeleteScheduleGroupOutput>;
  GetSchedule(input: GetScheduleInput, context: RequestContext): GetScheduleOutput | Promise<GetScheduleOutput>;
  GetScheduleGroup(input: GetScheduleGroupInput, context: RequestContext): GetScheduleGroupOutput | Promise<GetScheduleGroupOutput>;
  ListScheduleGroups(input: ListScheduleGroupsInput, context: RequestContext): ListScheduleGroupsOutput | Promise<ListScheduleGroupsOutput>;
  ListSchedules(input: ListSchedulesInput, context: RequestContext): ListSchedulesOutput | Promise<ListSchedulesOutput>;
  ListTagsForResource(input: ListTagsForResourceInput, context: RequestContext): ListTagsForResourceOutput | Promise<ListTagsForResourceOutput>;
  TagResource(input: TagResourceInput, context: RequestContext): TagResourceOutput | Promise<TagResourceOutput>;
  UntagResource(input: UntagResourceInput, context: RequestContext): UntagResourceOutput | Promise<UntagResourceOutput>;
  UpdateSchedule(input: UpdateScheduleInput, context: RequestContext): UpdateScheduleOutput | Promise<UpdateScheduleOutput>;
}
