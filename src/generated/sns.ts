// Generated from models/sns.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AddPermissionInput {
  AWSAccountId: Array<string>;
  ActionName: Array<string>;
  Label: string;
  TopicArn: string;
}

export interface CheckIfPhoneNumberIsOptedOutInput {
  phoneNumber: string;
}

export interface CheckIfPhoneNumberIsOptedOutResponse {
  isOptedOut?: boolean;
}

export interface ConfirmSubscriptionInput {
  AuthenticateOnUnsubscribe?: string;
  Token: string;
  TopicArn: string;
}

export interface ConfirmSubscriptionResponse {
  SubscriptionArn?: string;
}

export interface CreatePlatformApplicationInput {
  Attributes: Record<string, string>;
  Name: string;
  Platform: string;
}

export interface CreatePlatformApplicationResponse {
  PlatformApplicationArn?: string;
}

export interface CreatePlatformEndpointInput {
  Attributes?: Record<string, string>;
  CustomUserData?: string;
  PlatformApplicationArn: string;
  Token: string;
}

export interface CreateEndpointResponse {
  EndpointArn?: string;
}

export interface CreateSMSSandboxPhoneNumberInput {
  LanguageCode?: "en-US" | "en-GB" | "es-419" | "es-ES" | "de-DE" | "fr-CA" | "fr-FR" | "it-IT" | "ja-JP" | "pt-BR" | "kr-KR" | "zh-CN" | "zh-TW";
  PhoneNumber: string;
}

export interface CreateSMSSandboxPhoneNumberResult {
}

export interface CreateTopicInput {
  Attributes?: Record<string, string>;
  DataProtectionPolicy?: string;
  Name: string;
  Tags?: Array<TagShape>;
}

export interface CreateTopicResponse {
  TopicArn?: string;
}

export interface DeleteEndpointInput {
  EndpointArn: string;
}

export interface DeletePlatformApplicationInput {
  PlatformApplicationArn: string;
}

export interface DeleteSMSSandboxPhoneNumberInput {
  PhoneNumber: string;
}

export interface DeleteSMSSandboxPhoneNumberResult {
}

export interface DeleteTopicInput {
  TopicArn: string;
}

export interface GetDataProtectionPolicyInput {
  ResourceArn: string;
}

export interface GetDataProtectionPolicyResponse {
  DataProtectionPolicy?: string;
}

export interface GetEndpointAttributesInput {
  EndpointArn: string;
}

export interface GetEndpointAttributesResponse {
  Attributes?: Record<string, string>;
}

export interface GetPlatformApplicationAttributesInput {
  PlatformApplicationArn: string;
}

export interface GetPlatformApplicationAttributesResponse {
  Attributes?: Record<string, string>;
}

export interface GetSMSAttributesInput {
  attributes?: Array<string>;
}

export interface GetSMSAttributesResponse {
  attributes?: Record<string, string>;
}

export interface GetSMSSandboxAccountStatusInput {
}

export interface GetSMSSandboxAccountStatusResult {
  IsInSandbox: boolean;
}

export interface GetSubscriptionAttributesInput {
  SubscriptionArn: string;
}

export interface GetSubscriptionAttributesResponse {
  Attributes?: Record<string, string>;
}

export interface GetTopicAttributesInput {
  TopicArn: string;
}

export interface GetTopicAttributesResponse {
  Attributes?: Record<string, string>;
}

export interface ListEndpointsByPlatformApplicationInput {
  NextToken?: string;
  PlatformApplicationArn: string;
}

export interface ListEndpointsByPlatformApplicationResponse {
  Endpoints?: Array<Endpoint>;
  NextToken?: string;
}

export interface ListOriginationNumbersRequest {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListOriginationNumbersResult {
  NextToken?: string;
  PhoneNumbers?: Array<PhoneNumberInformation>;
}

export interface ListPhoneNumbersOptedOutInput {
  nextToken?: string;
}

export interface ListPhoneNumbersOptedOutResponse {
  nextToken?: string;
  phoneNumbers?: Array<string>;
}

export interface ListPlatformApplicationsInput {
  NextToken?: string;
}

export interface ListPlatformApplicationsResponse {
  NextToken?: string;
  PlatformApplications?: Array<PlatformApplication>;
}

export interface ListSMSSandboxPhoneNumbersInput {
  MaxResults?: number;
  NextToken?: string;
}

export interface ListSMSSandboxPhoneNumbersResult {
  NextToken?: string;
  PhoneNumbers: Array<SMSSandboxPhoneNumber>;
}

export interface ListSubscriptionsInput {
  NextToken?: string;
}

export interface ListSubscriptionsResponse {
  NextToken?: string;
  Subscriptions?: Array<Subscription>;
}

export interface ListSubscriptionsByTopicInput {
  NextToken?: string;
  TopicArn: string;
}

export interface ListSubscriptionsByTopicResponse {
  NextToken?: string;
  Subscriptions?: Array<Subscription>;
}

export interface ListTagsForResourceRequest {
  ResourceArn: string;
}

export interface ListTagsForResourceResponse {
  Tags?: Array<TagShape>;
}

export interface ListTopicsInput {
  NextToken?: string;
}

export interface ListTopicsResponse {
  NextToken?: string;
  Topics?: Array<Topic>;
}

export interface OptInPhoneNumberInput {
  phoneNumber: string;
}

export interface OptInPhoneNumberResponse {
}

export interface PublishInput {
  Message: string;
  MessageAttributes?: Record<string, MessageAttributeValue>;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
  MessageStructure?: string;
  PhoneNumber?: string;
  Subject?: string;
  TargetArn?: string;
  TopicArn?: string;
}

export interface PublishResponse {
  MessageId?: string;
  SequenceNumber?: string;
}

export interface PublishBatchInput {
  PublishBatchRequestEntries: Array<PublishBatchRequestEntry>;
  TopicArn: string;
}

export interface PublishBatchResponse {
  Failed?: Array<BatchResultErrorEntry>;
  Successful?: Array<PublishBatchResultEntry>;
}

export interface PutDataProtectionPolicyInput {
  DataProtectionPolicy: string;
  ResourceArn: string;
}

export interface RemovePermissionInput {
  Label: string;
  TopicArn: string;
}

export interface SetEndpointAttributesInput {
  Attributes: Record<string, string>;
  EndpointArn: string;
}

export interface SetPlatformApplicationAttributesInput {
  Attributes: Record<string, string>;
  PlatformApplicationArn: string;
}

export interface SetSMSAttributesInput {
  attributes: Record<string, string>;
}

export interface SetSMSAttributesResponse {
}

export interface SetSubscriptionAttributesInput {
  AttributeName: string;
  AttributeValue?: string;
  SubscriptionArn: string;
}

export interface SetTopicAttributesInput {
  AttributeName: string;
  AttributeValue?: string;
  TopicArn: string;
}

export interface SubscribeInput {
  Attributes?: Record<string, string>;
  Endpoint?: string;
  Protocol: string;
  ReturnSubscriptionArn?: boolean;
  TopicArn: string;
}

export interface SubscribeResponse {
  SubscriptionArn?: string;
}

export interface TagResourceRequest {
  ResourceArn: string;
  Tags: Array<TagShape>;
}

export interface TagResourceResponse {
}

export interface UnsubscribeInput {
  SubscriptionArn: string;
}

export interface UntagResourceRequest {
  ResourceArn: string;
  TagKeys: Array<string>;
}

export interface UntagResourceResponse {
}

export interface VerifySMSSandboxPhoneNumberInput {
  OneTimePassword: string;
  PhoneNumber: string;
}

export interface VerifySMSSandboxPhoneNumberResult {
}

export interface AuthorizationErrorException {
  message?: string;
}

export interface BatchEntryIdsNotDistinctException {
  message?: string;
}

export interface BatchRequestTooLongException {
  message?: string;
}

export interface ConcurrentAccessException {
  message?: string;
}

export interface EmptyBatchRequestException {
  message?: string;
}

export interface EndpointDisabledException {
  message?: string;
}

export interface FilterPolicyLimitExceededException {
  message?: string;
}

export interface InternalErrorException {
  message?: string;
}

export interface InvalidBatchEntryIdException {
  message?: string;
}

export interface InvalidParameterException {
  message?: string;
}

export interface InvalidParameterValueException {
  message?: string;
}

export interface InvalidSecurityException {
  message?: string;
}

export interface InvalidStateException {
  message?: string;
}

export interface KMSAccessDeniedException {
  message?: string;
}

export interface KMSDisabledException {
  message?: string;
}

export interface KMSInvalidStateException {
  message?: string;
}

export interface KMSNotFoundException {
  message?: string;
}

export interface KMSOptInRequired {
  message?: string;
}

export interface KMSThrottlingException {
  message?: string;
}

export interface NotFoundException {
  message?: string;
}

export interface OptedOutException {
  message?: string;
}

export interface PlatformApplicationDisabledException {
  message?: string;
}

export interface ReplayLimitExceededException {
  message?: string;
}

export interface ResourceNotFoundException {
  message?: string;
}

export interface StaleTagException {
  message?: string;
}

export interface SubscriptionLimitExceededException {
  message?: string;
}

export interface TagLimitExceededException {
  message?: string;
}

export interface TagPolicyException {
  message?: string;
}

export interface ThrottledException {
  message?: string;
}

export interface TooManyEntriesInBatchRequestException {
  message?: string;
}

export interface TopicLimitExceededException {
  message?: string;
}

export interface UserErrorException {
  message?: string;
}

export interface ValidationException {
  Message: string;
}

export interface VerificationException {
  Message: string;
  Status: string;
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface Endpoint {
  Attributes?: Record<string, string>;
  EndpointArn?: string;
}

export interface PhoneNumberInformation {
  CreatedAt?: Date;
  Iso2CountryCode?: string;
  NumberCapabilities?: Array<"SMS" | "MMS" | "VOICE">;
  PhoneNumber?: string;
  RouteType?: "Transactional" | "Promotional" | "Premium";
  Status?: string;
}

export interface PlatformApplication {
  Attributes?: Record<string, string>;
  PlatformApplicationArn?: string;
}

export interface SMSSandboxPhoneNumber {
  PhoneNumber?: string;
  Status?: "Pending" | "Verified";
}

export interface Subscription {
  Endpoint?: string;
  Owner?: string;
  Protocol?: string;
  SubscriptionArn?: string;
  TopicArn?: string;
}

export interface Topic {
  TopicArn?: string;
}

export interface MessageAttributeValue {
  BinaryValue?: Buffer;
  DataType: string;
  StringValue?: string;
}

export interface PublishBatchRequestEntry {
  Id: string;
  Message: string;
  MessageAttributes?: Record<string, MessageAttributeValue>;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
  MessageStructure?: string;
  Subject?: string;
}

export interface BatchResultErrorEntry {
  Code: string;
  Id: string;
  Message?: string;
  SenderFault: boolean;
}

export interface PublishBatchResultEntry {
  Id?: string;
  MessageId?: string;
  SequenceNumber?: string;
}

/** Every operation of Amazon Simple Notification Service; a provider implements the ones it serves. */
export interface SnsOperations {
  AddPermission(input: AddPermissionInput, context: RequestContext): void | Promise<void>;
  CheckIfPhoneNumberIsOptedOut(input: CheckIfPhoneNumberIsOptedOutInput, context: RequestContext): CheckIfPhoneNumberIsOptedOutResponse | Promise<CheckIfPhoneNumberIsOptedOutResponse>;
  ConfirmSubscription(input: ConfirmSubscriptionInput, context: RequestContext): ConfirmSubscriptionResponse | Promise<ConfirmSubscriptionResponse>;
  CreatePlatformApplication(input: CreatePlatformApplicationInput, context: RequestContext): CreatePlatformApplicationResponse | Promise<CreatePlatformApplicationResponse>;
  CreatePlatformEndpoint(input: CreatePlatformEndpointInput, context: RequestContext): CreateEndpointResponse | Promise<CreateEndpointResponse>;
  CreateSMSSandboxPhoneNumber(input: CreateSMSSandboxPhoneNumberInput, context: RequestContext): CreateSMSSandboxPhoneNumberResult | Promise<CreateSMSSandboxPhoneNumberResult>;
  CreateTopic(input: CreateTopicInput, context: RequestContext): CreateTopicResponse | Promise<CreateTopicResponse>;
  DeleteEndpoint(input: DeleteEndpointInput, context: RequestContext): void | Promise<void>;
  DeletePlatformApplication(input: DeletePlatformApplicationInput, context: RequestContext): void | Promise<void>;
  DeleteSMSSandboxPhoneNumber(input: DeleteSMSSandboxPhoneNumberInput, context: RequestContext): DeleteSMSSandboxPhoneNumberResult | Promise<DeleteSMSSandboxPhoneNumberResult>;
  DeleteTopic(input: DeleteTopicInput, context: RequestContext): void | Promise<void>;
  GetDataProtectionPolicy(input: GetDataProtectionPolicyInput, context: RequestContext): GetDataProtectionPolicyResponse | Promise<GetDataProtectionPolicyResponse>;
  GetEndpointAttributes(input: GetEndpointAttributesInput, context: RequestContext): GetEndpointAttributesResponse | Promise<GetEndpointAttributesResponse>;
  GetPlatformApplicationAttributes(input: GetPlatformApplicationAttributesInput, context: RequestContext): GetPlatformApplicationAttributesResponse | Promise<GetPlatformApplicationAttributesResponse>;
  GetSMSAttributes(input: GetSMSAttributesInput, context: RequestContext): GetSMSAttributesResponse | Promise<GetSMSAttributesResponse>;
  GetSMSSandboxAccountStatus(input: GetSMSSandboxAccountStatusInput, context: RequestContext): GetSMSSandboxAccountStatusResult | Promise<GetSMSSandboxAccountStatusResult>;
  GetSubscriptionAttributes(input: GetSubscriptionAttributesInput, context: RequestContext): GetSubscriptionAttributesResponse | Promise<GetSubscriptionAttributesResponse>;
  GetTopicAttributes(input: GetTopicAttributesInput, context: RequestContext): GetTopicAttributesResponse | Promise<GetTopicAttributesResponse>;
  ListEndpointsByPlatformApplication(input: ListEndpointsByPlatformApplicationInput, context: RequestContext): ListEndpointsByPlatformApplicationResponse | Promise<ListEndpointsByPlatformApplicationResponse>;
  ListOriginationNumbers(input: ListOriginationNumbersRequest, context: RequestContext): ListOriginationNumbersResult | Promise<ListOriginationNumbersResult>;
  ListPhoneNumbersOptedOut(input: ListPhoneNumbersOptedOutInput, context: RequestContext): ListPhoneNumbersOptedOutResponse | Promise<ListPhoneNumbersOptedOutResponse>;
  ListPlatformApplications(input: ListPlatformApplicationsInput, context: RequestContext): ListPlatformApplicationsResponse | Promise<ListPlatformApplicationsResponse>;
  ListSMSSandboxPhoneNumbers(input: ListSMSSandboxPhoneNumbersInput, context: RequestContext): ListSMSSandboxPhoneNumbersResult | Promise<ListSMSSandboxPhoneNumbersResult>;
  ListSubscriptions(input: ListSubscriptionsInput, context: RequestContext): ListSubscriptionsResponse | Promise<ListSubscriptionsResponse>;
  ListSubscriptionsByTopic(input: ListSubscriptionsByTopicInput, context: RequestContext): ListSubscriptionsByTopicResponse | Promise<ListSubscriptionsByTopicResponse>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResponse | Promise<ListTagsForResourceResponse>;
  ListTopics(input: ListTopicsInput, context: RequestContext): ListTopicsResponse | Promise<ListTopicsResponse>;
  OptInPhoneNumber(input: OptInPhoneNumberInput, context: RequestContext): OptInPhoneNumberResponse | Promise<OptInPhoneNumberResponse>;
  Publish(input: PublishInput, context: RequestContext): PublishResponse | Promise<PublishResponse>;
  PublishBatch(input: PublishBatchInput, context: RequestContext): PublishBatchResponse | Promise<PublishBatchResponse>;
  PutDataProtectionPolicy(input: PutDataProtectionPolicyInput, context: RequestContext): void | Promise<void>;
  RemovePermission(input: RemovePermissionInput, context: RequestContext): void | Promise<void>;
  SetEndpointAttributes(input: SetEndpointAttributesInput, context: RequestContext): void | Promise<void>;
  SetPlatformApplicationAttributes(input: SetPlatformApplicationAttributesInput, context: RequestContext): void | Promise<void>;
  SetSMSAttributes(input: SetSMSAttributesInput, context: RequestContext): SetSMSAttributesResponse | Promise<SetSMSAttributesResponse>;
  SetSubscriptionAttributes(input: SetSubscriptionAttributesInput, context: RequestContext): void | Promise<void>;
  SetTopicAttributes(input: SetTopicAttributesInput, context: RequestContext): void | Promise<void>;
  Subscribe(input: SubscribeInput, context: RequestContext): SubscribeResponse | Promise<SubscribeResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): TagResourceResponse | Promise<TagResourceResponse>;
  Unsubscribe(input: UnsubscribeInput, context: RequestContext): void | Promise<void>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): UntagResourceResponse | Promise<UntagResourceResponse>;
  VerifySMSSandboxPhoneNumber(input: VerifySMSSandboxPhoneNumberInput, context: RequestContext): VerifySMSSandboxPhoneNumberResult | Promise<VerifySMSSandboxPhoneNumberResult>;
}
