// Generated from models/sts.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface AssumeRoleRequest {
  DurationSeconds?: number;
  ExternalId?: string;
  Policy?: string;
  PolicyArns?: Array<PolicyDescriptorType>;
  ProvidedContexts?: Array<ProvidedContext>;
  RoleArn: string;
  RoleSessionName: string;
  SerialNumber?: string;
  SourceIdentity?: string;
  Tags?: Array<TagShape>;
  TokenCode?: string;
  TransitiveTagKeys?: Array<string>;
}

export interface AssumeRoleResponse {
  AssumedRoleUser?: AssumedRoleUser;
  Credentials?: Credentials;
  PackedPolicySize?: number;
  SourceIdentity?: string;
}

export interface AssumeRoleWithSAMLRequest {
  DurationSeconds?: number;
  Policy?: string;
  PolicyArns?: Array<PolicyDescriptorType>;
  PrincipalArn: string;
  RoleArn: string;
  SAMLAssertion: string;
}

export interface AssumeRoleWithSAMLResponse {
  AssumedRoleUser?: AssumedRoleUser;
  Audience?: string;
  Credentials?: Credentials;
  Issuer?: string;
  NameQualifier?: string;
  PackedPolicySize?: number;
  SourceIdentity?: string;
  Subject?: string;
  SubjectType?: string;
}

export interface AssumeRoleWithWebIdentityRequest {
  DurationSeconds?: number;
  Policy?: string;
  PolicyArns?: Array<PolicyDescriptorType>;
  ProviderId?: string;
  RoleArn: string;
  RoleSessionName: string;
  WebIdentityToken: string;
}

export interface AssumeRoleWithWebIdentityResponse {
  AssumedRoleUser?: AssumedRoleUser;
  Audience?: string;
  Credentials?: Credentials;
  PackedPolicySize?: number;
  Provider?: string;
  SourceIdentity?: string;
  SubjectFromWebIdentityToken?: string;
}

export interface AssumeRootRequest {
  DurationSeconds?: number;
  TargetPrincipal: string;
  TaskPolicyArn: PolicyDescriptorType;
}

export interface AssumeRootResponse {
  Credentials?: Credentials;
  SourceIdentity?: string;
}

export interface DecodeAuthorizationMessageRequest {
  EncodedMessage: string;
}

export interface DecodeAuthorizationMessageResponse {
  DecodedMessage?: string;
}

export interface GetAccessKeyInfoRequest {
  AccessKeyId: string;
}

export interface GetAccessKeyInfoResponse {
  Account?: string;
}

export interface GetCallerIdentityRequest {
}

export interface GetCallerIdentityResponse {
  Account?: string;
  Arn?: string;
  UserId?: string;
}

export interface GetDelegatedAccessTokenRequest {
  TradeInToken: string;
}

export interface GetDelegatedAccessTokenResponse {
  AssumedPrincipal?: string;
  Credentials?: Credentials;
  PackedPolicySize?: number;
}

export interface GetFederationTokenRequest {
  DurationSeconds?: number;
  Name: string;
  Policy?: string;
  PolicyArns?: Array<PolicyDescriptorType>;
  Tags?: Array<TagShape>;
}

export interface GetFederationTokenResponse {
  Credentials?: Credentials;
  FederatedUser?: FederatedUser;
  PackedPolicySize?: number;
}

export interface GetSessionTokenRequest {
  DurationSeconds?: number;
  SerialNumber?: string;
  TokenCode?: string;
}

export interface GetSessionTokenResponse {
  Credentials?: Credentials;
}

export interface GetWebIdentityTokenRequest {
  Audience: Array<string>;
  DurationSeconds?: number;
  SigningAlgorithm: string;
  Tags?: Array<TagShape>;
}

export interface GetWebIdentityTokenResponse {
  Expiration?: Date;
  WebIdentityToken?: string;
}

export interface ExpiredTokenException {
  message?: string;
}

export interface ExpiredTradeInTokenException {
  message?: string;
}

export interface IDPCommunicationErrorException {
  message?: string;
}

export interface IDPRejectedClaimException {
  message?: string;
}

export interface InvalidAuthorizationMessageException {
  message?: string;
}

export interface InvalidIdentityTokenException {
  message?: string;
}

export interface JWTPayloadSizeExceededException {
  message?: string;
}

export interface MalformedPolicyDocumentException {
  message?: string;
}

export interface OutboundWebIdentityFederationDisabledException {
  message?: string;
}

export interface PackedPolicyTooLargeException {
  message?: string;
}

export interface RegionDisabledException {
  message?: string;
}

export interface SessionDurationEscalationException {
  message?: string;
}

export interface PolicyDescriptorType {
  arn?: string;
}

export interface ProvidedContext {
  ContextAssertion?: string;
  ProviderArn?: string;
}

export interface TagShape {
  Key: string;
  Value: string;
}

export interface AssumedRoleUser {
  Arn: string;
  AssumedRoleId: string;
}

export interface Credentials {
  AccessKeyId: string;
  Expiration: Date;
  SecretAccessKey: string;
  SessionToken: string;
}

export interface FederatedUser {
  Arn: string;
  FederatedUserId: string;
}

/** Every operation of AWS Security Token Service; a provider implements the ones it serves. */
export interface StsOperations {
  AssumeRole(input: AssumeRoleRequest, context: RequestContext): AssumeRoleResponse | Promise<AssumeRoleResponse>;
  AssumeRoleWithSAML(input: AssumeRoleWithSAMLRequest, context: RequestContext): AssumeRoleWithSAMLResponse | Promise<AssumeRoleWithSAMLResponse>;
  AssumeRoleWithWebIdentity(input: AssumeRoleWithWebIdentityRequest, context: RequestContext): AssumeRoleWithWebIdentityResponse | Promise<AssumeRoleWithWebIdentityResponse>;
  AssumeRoot(input: AssumeRootRequest, context: RequestContext): AssumeRootResponse | Promise<AssumeRootResponse>;
  DecodeAuthorizationMessage(input: DecodeAuthorizationMessageRequest, context: RequestContext): DecodeAuthorizationMessageResponse | Promise<DecodeAuthorizationMessageResponse>;
  GetAccessKeyInfo(input: GetAccessKeyInfoRequest, context: RequestContext): GetAccessKeyInfoResponse | Promise<GetAccessKeyInfoResponse>;
  GetCallerIdentity(input: GetCallerIdentityRequest, context: RequestContext): GetCallerIdentityResponse | Promise<GetCallerIdentityResponse>;
  GetDelegatedAccessToken(input: GetDelegatedAccessTokenRequest, context: RequestContext): GetDelegatedAccessTokenResponse | Promise<GetDelegatedAccessTokenResponse>;
  GetFederationToken(input: GetFederationTokenRequest, context: RequestContext): GetFederationTokenResponse | Promise<GetFederationTokenResponse>;
  GetSessionToken(input: GetSessionTokenRequest, context: RequestContext): GetSessionTokenResponse | Promise<GetSessionTokenResponse>;
  GetWebIdentityToken(input: GetWebIdentityTokenRequest, context: RequestContext): GetWebIdentityTokenResponse | Promise<GetWebIdentityTokenResponse>;
}
