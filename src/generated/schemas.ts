// Generated from models/schemas.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface CreateDiscovererRequest {
  CrossAccount?: boolean;
  Description?: string;
  SourceArn: string;
  Tags?: Record<string, string>;
}

export interface CreateDiscovererResponse {
  CrossAccount?: boolean;
  Description?: string;
  DiscovererArn?: string;
  DiscovererId?: string;
  SourceArn?: string;
  State?: "STARTED" | "STOPPED";
  Tags?: Record<string, string>;
}

export interface CreateRegistryRequest {
  Description?: string;
  RegistryName: string;
  Tags?: Record<string, string>;
}

export interface CreateRegistryResponse {
  Description?: string;
  RegistryArn?: string;
  RegistryName?: string;
  Tags?: Record<string, string>;
}

export interface CreateSchemaRequest {
  Content: string;
  Description?: string;
  RegistryName: string;
  SchemaName: string;
  Tags?: Record<string, string>;
  Type: "OpenApi3" | "JSONSchemaDraft4";
}

export interface CreateSchemaResponse {
  Description?: string;
  LastModified?: Date;
  SchemaArn?: string;
  SchemaName?: string;
  SchemaVersion?: string;
  Tags?: Record<string, string>;
  Type?: string;
  VersionCreatedDate?: Date;
}

export interface DeleteDiscovererRequest {
  DiscovererId: string;
}

export interface DeleteRegistryRequest {
  RegistryName: string;
}

export interface DeleteResourcePolicyRequest {
  RegistryName?: string;
}

export interface DeleteSchemaRequest {
  RegistryName: string;
  SchemaName: string;
}

export interface DeleteSchemaVersionRequest {
  RegistryName: string;
  SchemaName: string;
  SchemaVersion: string;
}

export interface DescribeCodeBindingRequest {
  Language: string;
  RegistryName: string;
  SchemaName: string;
  SchemaVersion?: string;
}

export interface DescribeCodeBindingResponse {
  CreationDate?: Date;
  LastModified?: Date;
  SchemaVersion?: string;
  Status?: "CREATE_IN_PROGRESS" | "CREATE_COMPLETE" | "CREATE_FAILED";
}

export interface DescribeDiscovererRequest {
  DiscovererId: string;
}

export interface DescribeDiscovererResponse {
  CrossAccount?: boolean;
  Description?: string;
  DiscovererArn?: string;
  DiscovererId?: string;
  SourceArn?: string;
  State?: "STARTED" | "STOPPED";
  Tags?: Record<string, string>;
}

export interface DescribeRegistryRequest {
  RegistryName: string;
}

export interface DescribeRegistryResponse {
  Description?: string;
  RegistryArn?: string;
  RegistryName?: string;
  Tags?: Record<string, string>;
}

export interface DescribeSchemaRequest {
  RegistryName: string;
  SchemaName: string;
  SchemaVersion?: string;
}

export interface DescribeSchemaResponse {
  Content?: string;
  Description?: string;
  LastModified?: Date;
  SchemaArn?: string;
  SchemaName?: string;
  SchemaVersion?: string;
  Tags?: Record<string, string>;
  Type?: string;
  VersionCreatedDate?: Date;
}

export interface ExportSchemaRequest {
  RegistryName: string;
  SchemaName: string;
  SchemaVersion?: string;
  Type: string;
}

export interface ExportSchemaResponse {
  Content?: string;
  SchemaArn?: string;
  SchemaName?: string;
  SchemaVersion?: string;
  Type?: string;
}

export interface GetCodeBindingSourceRequest {
  Language: string;
  RegistryName: string;
  SchemaName: string;
  SchemaVersion?: string;
}

export interface GetCodeBindingSourceResponse {
  Body?: Buffer;
}

export interface GetDiscoveredSchemaRequest {
  Events: Array<string>;
  Type: "OpenApi3" | "JSONSchemaDraft4";
}

export interface GetDiscoveredSchemaResponse {
  Content?: string;
}

export interface GetResourcePolicyRequest {
  RegistryName?: string;
}

export interface GetResourcePolicyResponse {
  Policy?: string;
  RevisionId?: string;
}

export interface ListDiscoverersRequest {
  DiscovererIdPrefix?: string;
  Limit?: number;
  NextToken?: string;
  SourceArnPrefix?: string;
}

export interface ListDiscoverersResponse {
  Discoverers?: Array<DiscovererSummary>;
  NextToken?: string;
}

export interface ListRegistriesRequest {
  Limit?: number;
  NextToken?: string;
  RegistryNamePrefix?: string;
  Scope?: string;
}

export interface ListRegistriesResponse {
  NextToken?: string;
  Registries?: Array<RegistrySummary>;
}

export interface ListSchemasRequest {
  Limit?: number;
  NextToken?: string;
  RegistryName: string;
  SchemaNamePrefix?: string;
}

export interface ListSchemasResponse {
  NextToken?: string;
  Schemas?: Array<SchemaSummary>;
}

export interface ListSchemaVersionsRequest {
  Limit?: number;
  NextToken?: string;
  RegistryName: string;
  SchemaName: string;
}

export interface ListSchemaVersionsResponse {
  NextToken?: string;
  SchemaVersions?: Array<SchemaVersionSummary>;
}

export interface ListTagsForResourceRequest {
  ResourceArn: string;
}

export interface ListTagsForResourceResponse {
  Tags?: Record<string, string>;
}

export interface PutCodeBindingRequest {
  Language: string;
  RegistryName: string;
  SchemaName: string;
  SchemaVersion?: string;
}

export interface PutCodeBindingResponse {
  CreationDate?: Date;
  LastModified?: Date;
  SchemaVersion?: string;
  Status?: "CREATE_IN_PROGRESS" | "CREATE_COMPLETE" | "CREATE_FAILED";
}

export interface PutResourcePolicyRequest {
  Policy: string;
  RegistryName?: string;
  RevisionId?: string;
}

export interface PutResourcePolicyResponse {
  Policy?: string;
  RevisionId?: string;
}

export interface SearchSchemasRequest {
  Keywords: string;
  Limit?: number;
  NextToken?: string;
  RegistryName: string;
}

export interface SearchSchemasResponse {
  NextToken?: string;
  Schemas?: Array<SearchSchemaSummary>;
}

export interface StartDiscovererRequest {
  DiscovererId: string;
}

export interface StartDiscovererResponse {
  DiscovererId?: string;
  State?: "STARTED" | "STOPPED";
}

export interface StopDiscovererRequest {
  DiscovererId: string;
}

export interface StopDiscovererResponse {
  DiscovererId?: string;
  State?: "STARTED" | "STOPPED";
}

export interface TagResourceRequest {
  ResourceArn: string;
  Tags: Record<string, string>;
}

export interface UntagResourceRequest {
  ResourceArn: string;
  TagKeys: Array<string>;
}

export interface UpdateDiscovererRequest {
  CrossAccount?: boolean;
  Description?: string;
  DiscovererId: string;
}

export interface UpdateDiscovererResponse {
  CrossAccount?: boolean;
  Description?: string;
  DiscovererArn?: string;
  DiscovererId?: string;
  SourceArn?: string;
  State?: "STARTED" | "STOPPED";
  Tags?: Record<string, string>;
}

export interface UpdateRegistryRequest {
  Description?: string;
  RegistryName: string;
}

export interface UpdateRegistryResponse {
  Description?: string;
  RegistryArn?: string;
  RegistryName?: string;
  Tags?: Record<string, string>;
}

export interface UpdateSchemaRequest {
  ClientTokenId?: string;
  Content?: string;
  Description?: string;
  RegistryName: string;
  SchemaName: string;
  Type?: "OpenApi3" | "JSONSchemaDraft4";
}

export interface UpdateSchemaResponse {
  Description?: string;
  LastModified?: Date;
  SchemaArn?: string;
  SchemaName?: string;
  SchemaVersion?: string;
  Tags?: Record<string, string>;
  Type?: string;
  VersionCreatedDate?: Date;
}

export interface BadRequestException {
  Code: string;
  Message: string;
}

export interface ConflictException {
  Code: string;
  Message: string;
}

export interface ForbiddenException {
  Code: string;
  Message: string;
}

export interface GoneException {
  Code: string;
  Message: string;
}

export interface InternalServerErrorException {
  Code: string;
  Message: string;
}

export interface NotFoundException {
  Code: string;
  Message: string;
}

export interface PreconditionFailedException {
  Code: string;
  Message: string;
}

export interface ServiceUnavailableException {
  Code: string;
  Message: string;
}

export interface TooManyRequestsException {
  Code: string;
  Message: string;
}

export interface UnauthorizedException {
  Code: string;
  Message: string;
}

export interface DiscovererSummary {
  CrossAccount?: boolean;
  DiscovererArn?: string;
  DiscovererId?: string;
  SourceArn?: string;
  State?: "STARTED" | "STOPPED";
  Tags?: Record<string, string>;
}

export interface RegistrySummary {
  RegistryArn?: string;
  RegistryName?: string;
  Tags?: Record<string, string>;
}

export interface SchemaSummary {
  LastModified?: Date;
  SchemaArn?: string;
  SchemaName?: string;
  Tags?: Record<string, string>;
  VersionCount?: number;
}

export interface SchemaVersionSummary {
  SchemaArn?: string;
  SchemaName?: string;
  SchemaVersion?: string;
  Type?: "OpenApi3" | "JSONSchemaDraft4";
}

export interface SearchSchemaSummary {
  RegistryName?: string;
  SchemaArn?: string;
  SchemaName?: string;
  SchemaVersions?: Array<SearchSchemaVersionSummary>;
}

export interface SearchSchemaVersionSummary {
  CreatedDate?: Date;
  SchemaVersion?: string;
  Type?: "OpenApi3" | "JSONSchemaDraft4";
}

/** Every operation of Schemas; a provider implements the ones it serves. */
export interface SchemasOperations {
  CreateDiscoverer(input: CreateDiscovererRequest, context: RequestContext): CreateDiscovererResponse | Promise<CreateDiscovererResponse>;
  CreateRegistry(input: CreateRegistryRequest, context: RequestContext): CreateRegistryResponse | Promise<CreateRegistryResponse>;
  CreateSchema(input: CreateSchemaRequest, context: RequestContext): CreateSchemaResponse | Promise<CreateSchemaResponse>;
  DeleteDiscoverer(input: DeleteDiscovererRequest, context: RequestContext): void | Promise<void>;
  DeleteRegistry(input: DeleteRegistryRequest, context: RequestContext): void | Promise<void>;
  DeleteResourcePolicy(input: DeleteResourcePolicyRequest, context: RequestContext): void | Promise<void>;
  DeleteSchema(input: DeleteSchemaRequest, context: RequestContext): void | Promise<void>;
  DeleteSchemaVersion(input: DeleteSchemaVersionRequest, context: RequestContext): void | Promise<void>;
  DescribeCodeBinding(input: DescribeCodeBindingRequest, context: RequestContext): DescribeCodeBindingResponse | Promise<DescribeCodeBindingResponse>;
  DescribeDiscoverer(input: DescribeDiscovererRequest, context: RequestContext): DescribeDiscovererResponse | Promise<DescribeDiscovererResponse>;
  DescribeRegistry(input: DescribeRegistryRequest, context: RequestContext): DescribeRegistryResponse | Promise<DescribeRegistryResponse>;
  DescribeSchema(input: DescribeSchemaRequest, context: RequestContext): DescribeSchemaResponse | Promise<DescribeSchemaResponse>;
  ExportSchema(input: ExportSchemaRequest, context: RequestContext): ExportSchemaResponse | Promise<ExportSchemaResponse>;
  GetCodeBindingSource(input: GetCodeBindingSourceRequest, context: RequestContext): GetCodeBindingSourceResponse | Promise<GetCodeBindingSourceResponse>;
  GetDiscoveredSchema(input: GetDiscoveredSchemaRequest, context: RequestContext): GetDiscoveredSchemaResponse | Promise<GetDiscoveredSchemaResponse>;
  GetResourcePolicy(input: GetResourcePolicyRequest, context: RequestContext): GetResourcePolicyResponse | Promise<GetResourcePolicyResponse>;
  ListDiscoverers(input: ListDiscoverersRequest, context: RequestContext): ListDiscoverersResponse | Promise<ListDiscoverersResponse>;
  ListRegistries(input: ListRegistriesRequest, context: RequestContext): ListRegistriesResponse | Promise<ListRegistriesResponse>;
  ListSchemas(input: ListSchemasRequest, context: RequestContext): ListSchemasResponse | Promise<ListSchemasResponse>;
  ListSchemaVersions(input: ListSchemaVersionsRequest, context: RequestContext): ListSchemaVersionsResponse | Promise<ListSchemaVersionsResponse>;
  ListTagsForResource(input: ListTagsForResourceRequest, context: RequestContext): ListTagsForResourceResponse | Promise<ListTagsForResourceResponse>;
  PutCodeBinding(input: PutCodeBindingRequest, context: RequestContext): PutCodeBindingResponse | Promise<PutCodeBindingResponse>;
  PutResourcePolicy(input: PutResourcePolicyRequest, context: RequestContext): PutResourcePolicyResponse | Promise<PutResourcePolicyResponse>;
  SearchSchemas(input: SearchSchemasRequest, context: RequestContext): SearchSchemasResponse | Promise<SearchSchemasResponse>;
  StartDiscoverer(input: StartDiscovererRequest, context: RequestContext): StartDiscovererResponse | Promise<StartDiscovererResponse>;
  StopDiscoverer(input: StopDiscovererRequest, context: RequestContext): StopDiscovererResponse | Promise<StopDiscovererResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): void | Promise<void>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): void | Promise<void>;
  UpdateDiscoverer(input: UpdateDiscovererRequest, context: RequestContext): UpdateDiscovererResponse | Promise<UpdateDiscovererResponse>;
  UpdateRegistry(input: UpdateRegistryRequest, context: RequestContext): UpdateRegistryResponse | Promise<UpdateRegistryResponse>;
  UpdateSchema(input: UpdateSchemaRequest, context: RequestContext): UpdateSchemaResponse | Promise<UpdateSchemaResponse>;
}
