import { describeViolation } from '../../protocol/index.js';
import { randomUUID } from 'node:crypto';
import { arn } from '../../core/ids.js';
import type * as Ddb from '../../generated/dynamodb.js';
import { invalidParameter, limitExceeded, validation } from './errors.js';
import type { KeySchemaInfo, ScalarType } from './expressions/key-condition.js';
import type { AttributeDefinition, DynamoState, IndexDef, KeySchemaElement, ProjectionDef, TableDef, Throughput } from './state.js';

export const MAX_GSIS = 20;
export const MAX_LSIS = 5;
const MAX_PROJECTED_ATTRIBUTES = 100;
const MAX_TAGS = 50;
/** AWS's tag character set: letters, digits and spaces of any script, and _ . : / = + - @. */
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const TABLE_NAME = /^[a-zA-Z0-9_.-]+$/;

export const LIMITS = {
  AccountMaxReadCapacityUnits: 80000,
  AccountMaxWriteCapacityUnits: 80000,
  TableMaxReadCapacityUnits: 40000,
  TableMaxWriteCapacityUnits: 40000,
};

/** A model-style validation failure, as DynamoDB words it. */
export function modelViolation(value: unknown, path: string, constraint: string) {
  return validation(`1 validation error detected: ${describeViolation({ value, path, constraint }, { quoteScalars: true })}`);
}

/** TableName may be a name or a table ARN; names are 3–255 of [a-zA-Z0-9_.-]. */
export function tableNameOf(given: string, path = 'tableName'): string {
  let name = given;
  if (given.startsWith('arn:')) {
    const match = /^arn:aws[a-z-]*:dynamodb:[^:]*:[^:]*:table\/([^/]+)$/.exec(given);
    if (!match) throw validation(`Invalid TableArn: Invalid ResourceArn provided as input ${given}`);
    name = match[1];
  }
  checkName(name, path);
  return name;
}

export function checkName(name: string, path: string): void {
  const problems: string[] = [];
  if (!TABLE_NAME.test(name)) problems.push(`Value '${name}' at '${path}' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+`);
  if (name.length < 3) problems.push(`Value '${name}' at '${path}' failed to satisfy constraint: Member must have length greater than or equal to 3`);
  if (name.length > 255) problems.push(`Value '${name}' at '${path}' failed to satisfy constraint: Member must have length less than or equal to 255`);
  if (problems.length) {
    throw validation(`${problems.length} validation error${problems.length > 1 ? 's' : ''} detected: ${problems.join('; ')}`);
  }
}

export function tableArn(table: Pick<TableDef, 'region' | 'account' | 'name'>): string {
  return arn({ service: 'dynamodb', region: table.region, account: table.account, resource: `table/${table.name}` });
}

export function keyInfo(keySchema: KeySchemaElement[], definitions: AttributeDefinition[]): KeySchemaInfo {
  const typeOfAttr = (name: string) => definitions.find((d) => d.AttributeName === name)!.AttributeType as ScalarType;
  const attribute = (k: KeySchemaElement) => ({ name: k.AttributeName, type: typeOfAttr(k.AttributeName) });
  const hashKeys = keySchema.filter((k) => k.KeyType === 'HASH').map(attribute);
  const rangeKeys = keySchema.filter((k) => k.KeyType === 'RANGE').map(attribute);
  return { hash: hashKeys[0], range: rangeKeys[0], hashKeys, rangeKeys };
}

function checkKeySchema(keySchema: KeySchemaElement[] | undefined, path: string): KeySchemaElement[] {
  if (!keySchema) throw modelViolation(null, path, 'Member must not be null');
  if (keySchema.length < 1) throw modelViolation('[]', path, 'Member must have length greater than or equal to 1');
  if (keySchema.length > 2) {
    throw validation(`1 validation error detected: Value '[${keySchema.map((k) => `KeySchemaElement(attributeName=${k.AttributeName}, keyType=${k.KeyType})`).join(', ')}]' at '${path}' failed to satisfy constraint: Member must have length less than or equal to 2`);
  }
  // These three carry no "One or more parameter values were invalid" prefix in AWS.
  if (keySchema[0].KeyType !== 'HASH') throw validation('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  if (keySchema.length === 2) {
    if (keySchema[1].KeyType !== 'RANGE') throw validation('Invalid KeySchema: The second KeySchemaElement is not a RANGE key type');
    if (keySchema[0].AttributeName === keySchema[1].AttributeName) {
      throw validation('Both the Hash Key and the Range Key element in the KeySchema have the same name');
    }
  }
  return keySchema;
}

/** A GSI's partition and sort keys may each have up to four attributes (multi-attribute keys). */
export const MAX_GSI_KEY_ATTRIBUTES = 4;

/** A GSI key schema: one to four HASH attributes, then up to four RANGE attributes, no name twice. */
function checkGsiKeySchema(keySchema: KeySchemaElement[] | undefined, path: string): KeySchemaElement[] {
  if (!keySchema) throw modelViolation(null, path, 'Member must not be null');
  if (keySchema.length < 1) throw modelViolation('[]', path, 'Member must have length greater than or equal to 1');
  // One HASH and at most one RANGE keep the rules and wording a table's key has.
  const multiAttribute = keySchema.length > 2 || keySchema.some((k, i) => i > 0 && k.KeyType === 'HASH');
  if (!multiAttribute) return checkKeySchema(keySchema, path);
  return checkMultiAttributeKeySchema(keySchema);
}

function checkMultiAttributeKeySchema(keySchema: KeySchemaElement[]): KeySchemaElement[] {
  // These two carry no "One or more parameter values were invalid" prefix in AWS; the order and count rules do.
  if (keySchema[0].KeyType !== 'HASH') throw validation('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  const firstRange = keySchema.findIndex((k) => k.KeyType === 'RANGE');
  if (firstRange >= 0 && keySchema.slice(firstRange).some((k) => k.KeyType === 'HASH')) {
    throw invalidParameter('All HASH key attributes must precede RANGE key attributes in the KeySchema');
  }
  for (const type of ['HASH', 'RANGE'] as const) {
    if (keySchema.filter((k) => k.KeyType === type).length > MAX_GSI_KEY_ATTRIBUTES) {
      throw invalidParameter(`The KeySchema exceeds the maximum allowed number of ${type} key attributes`);
    }
  }
  const names = keySchema.map((k) => k.AttributeName);
  if (names.some((name, i) => names.indexOf(name) !== i)) throw validation('The KeySchema contains multiple key attributes with the same name');
  return keySchema;
}

/** Which request an index comes from: AWS words the same index rule differently in CreateTable and UpdateTable. */
export type IndexOrigin = 'CreateTable' | 'UpdateTable';

function checkThroughput(given: Ddb.ProvisionedThroughput | undefined, billing: string, index?: { name: string; origin: IndexOrigin }): Throughput | undefined {
  if (billing === 'PAY_PER_REQUEST') {
    if (given) {
      throw invalidParameter(
        !index ? 'Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST'
          : index.origin === 'CreateTable' ? `ProvisionedThroughput should not be specified for index: ${index.name} when BillingMode is PAY_PER_REQUEST`
            : `Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: ${index.name} when BillingMode is PAY_PER_REQUEST`,
      );
    }
    return undefined;
  }
  if (!given) {
    throw invalidParameter(
      !index ? 'ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED'
        : index.origin === 'CreateTable' ? `ProvisionedThroughput is not specified for index: ${index.name}`
          : `ProvisionedThroughput must be specified for index: ${index.name}`,
    );
  }
  if (given.ReadCapacityUnits > LIMITS.TableMaxReadCapacityUnits || given.WriteCapacityUnits > LIMITS.TableMaxWriteCapacityUnits) {
    throw limitExceeded(
      `Subscriber limit exceeded: Provisioned throughput for a single table or global secondary index cannot exceed ${LIMITS.TableMaxReadCapacityUnits} read capacity units or ${LIMITS.TableMaxWriteCapacityUnits} write capacity units. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.`,
    );
  }
  return { read: given.ReadCapacityUnits, write: given.WriteCapacityUnits, decreasesToday: 0 };
}

function checkProjection(projection: Ddb.Projection | undefined, indexName: string, keyNames: Set<string>): ProjectionDef {
  if (!projection) throw modelViolation(null, 'projection', 'Member must not be null');
  const type = projection.ProjectionType;
  if (!type) throw invalidParameter('Unknown ProjectionType: null');
  if (type === 'INCLUDE') {
    if (!projection.NonKeyAttributes?.length) throw invalidParameter('ProjectionType is INCLUDE, but NonKeyAttributes is not specified');
    const duplicate = projection.NonKeyAttributes.find((a, i) => projection.NonKeyAttributes!.indexOf(a) !== i);
    if (duplicate !== undefined) throw invalidParameter(`Duplicate element in NonKeyAttributes: ${duplicate}`);
    const keys = projection.NonKeyAttributes.filter((a) => keyNames.has(a));
    if (keys.length) throw invalidParameter(`Some index non-key attributes are key attributes; index: ${indexName}`);
    return { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection.NonKeyAttributes] };
  }
  if (projection.NonKeyAttributes) {
    throw invalidParameter(`ProjectionType is ${type}, but NonKeyAttributes is specified`);
  }
  return { ProjectionType: type };
}

export interface IndexInput {
  IndexName: string;
  KeySchema: KeySchemaElement[];
  Projection?: Ddb.Projection;
  ProvisionedThroughput?: Ddb.ProvisionedThroughput;
  OnDemandThroughput?: Ddb.OnDemandThroughput;
}

function checkDefined(keySchema: KeySchemaElement[], definitions: AttributeDefinition[]): void {
  const defined = new Set(definitions.map((d) => d.AttributeName));
  const missing = keySchema.filter((k) => !defined.has(k.AttributeName));
  if (missing.length) {
    throw invalidParameter(
      `Some index key attributes are not defined in AttributeDefinitions. Keys: [${keySchema.map((k) => k.AttributeName).join(', ')}], AttributeDefinitions: [${definitions.map((d) => d.AttributeName).join(', ')}]`,
    );
  }
}

export function buildIndex(
  input: IndexInput,
  global: boolean,
  table: { keySchema: KeySchemaElement[]; definitions: AttributeDefinition[]; billingMode: string; origin: IndexOrigin },
): Omit<IndexDef, 'id'> {
  const keySchema = global ? checkGsiKeySchema(input.KeySchema, 'keySchema') : checkKeySchema(input.KeySchema, 'keySchema');
  checkDefined(keySchema, table.definitions);
  if (!global) {
    if (keySchema.length !== 2) throw invalidParameter(`Index KeySchema does not have a range key for index: ${input.IndexName}`);
    if (keySchema[0].AttributeName !== table.keySchema[0].AttributeName) {
      throw invalidParameter(
        `Index KeySchema does not have the same leading hash key as table KeySchema for index: ${input.IndexName}. index hash key: ${keySchema[0].AttributeName}, table hash key: ${table.keySchema[0].AttributeName}`,
      );
    }
  }
  const keyNames = new Set([...keySchema, ...table.keySchema].map((k) => k.AttributeName));
  const projection = checkProjection(input.Projection, input.IndexName, keyNames);
  const throughput = global ? checkThroughput(input.ProvisionedThroughput, table.billingMode, { name: input.IndexName, origin: table.origin }) : undefined;
  if (!global && input.ProvisionedThroughput) throw invalidParameter('ProvisionedThroughput should not be specified for index: ' + input.IndexName);
  return {
    name: input.IndexName,
    global,
    keySchema: keySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
    projection,
    throughput,
    status: 'ACTIVE',
    onDemand: input.OnDemandThroughput,
  };
}

function checkProjectedAttributeTotal(indexes: Array<Omit<IndexDef, 'id'>>): void {
  let total = 0;
  for (const index of indexes) total += index.projection.NonKeyAttributes?.length ?? 0;
  if (total > MAX_PROJECTED_ATTRIBUTES) {
    throw invalidParameter(`The number of projected attributes in all indexes exceeds the limit of ${MAX_PROJECTED_ATTRIBUTES}; projected attributes: ${total}`);
  }
}

/**
 * AttributeDefinitions must name exactly the key attributes of the table and its indexes. AWS has four
 * wordings; which one answers depends on how the two counts compare and on whether the request
 * declares indexes. (When "Some index key attribute have no definition" rather than the "not defined"
 * sentence answers is the least certain of these.)
 */
function checkDefinitionsMatchKeys(definedNames: string[], keySchemas: KeySchemaElement[][], hasIndexes: boolean): void {
  const used = [...new Set(keySchemas.flat().map((k) => k.AttributeName))];
  const missing = used.filter((name) => !definedNames.includes(name));
  if (!missing.length && definedNames.every((name) => used.includes(name))) return;
  const list = (names: string[]) => `[${names.join(', ')}]`;
  if (definedNames.length > used.length) {
    throw invalidParameter(
      hasIndexes
        ? `Some AttributeDefinitions are not used. AttributeDefinitions: ${list(definedNames)}, keys used: ${list(used)}`
        : 'Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions',
    );
  }
  if (definedNames.length < used.length && !hasIndexes) throw validation('Invalid KeySchema: Some index key attribute have no definition');
  // Without indexes AWS lists every key; with them, only the undefined ones.
  throw invalidParameter(`Some index key attributes are not defined in AttributeDefinitions. Keys: ${list(hasIndexes ? missing : used)}, AttributeDefinitions: ${list(definedNames)}`);
}

/** SSESpecification rules shared by CreateTable and UpdateTable. */
export function checkSse(spec: Ddb.SSESpecification): void {
  if (spec.Enabled === false) {
    if (spec.SSEType) throw invalidParameter('SSEType can not be specified if Enabled is false');
    if (spec.KMSMasterKeyId) throw invalidParameter('KMSMasterKeyId can not be specified if Enabled is false');
  }
  if (spec.SSEType === 'AES256') throw invalidParameter('SSEType AES256 is not supported');
  if (spec.KMSMasterKeyId && spec.SSEType !== 'KMS') throw invalidParameter('SSEType KMS is required if KMSMasterKeyId is specified');
}

export function checkTagKey(key: string): void {
  if (!TAG_TEXT.test(key)) throw validation(`The Tag Key provided is invalid, Key: ${key}`);
}

/** Tags given to CreateTable or TagResource; the whole request fails on one bad tag. */
export function checkTags(tags: Ddb.TagShape[]): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    checkTagKey(tag.Key);
    if (tag.Key.startsWith('aws:')) throw validation(`Tag Key cannot be prefixed with aws:, Key: ${tag.Key}`);
    if (!TAG_TEXT.test(tag.Value)) throw validation(`The Tag Value provided is invalid, Value: ${tag.Value}`);
    if (seen.has(tag.Key)) throw validation(`Duplicate Tag Keys provided as input: Duplicate Tag Key found ${tag.Key}`);
    seen.add(tag.Key);
  }
}

/** The 50-tag limit is a ValidationException in AWS, not a LimitExceededException. */
export function checkTagCount(count: number): void {
  if (count > MAX_TAGS) throw validation('Number of Tags exceed the current limit for the provided ResourceArn');
}

/** Checks CreateTable's input as DynamoDB does and returns the new table's definition. */
export function tableFromCreate(input: Ddb.CreateTableInput, account: string, region: string, now: number): Omit<TableDef, 'id'> {
  const name = tableNameOf(input.TableName);
  if (input.TableName.startsWith('arn:')) throw validation('Table name must not be an ARN for CreateTable');
  if (!input.AttributeDefinitions) throw modelViolation(null, 'attributeDefinitions', 'Member must not be null');
  const keySchema = checkKeySchema(input.KeySchema as KeySchemaElement[] | undefined, 'keySchema');
  const definitions = input.AttributeDefinitions as AttributeDefinition[];
  const definedNames = definitions.map((d) => d.AttributeName);
  const duplicated = definedNames.find((name, i) => definedNames.indexOf(name) !== i);
  if (duplicated !== undefined) throw validation(`Attribute Name is duplicated: ${duplicated}`);
  const gsiInputs = input.GlobalSecondaryIndexes ?? [];
  const lsiInputs = input.LocalSecondaryIndexes ?? [];
  checkDefinitionsMatchKeys(definedNames, [keySchema, ...[...lsiInputs, ...gsiInputs].map((i) => (i.KeySchema ?? []) as KeySchemaElement[])], gsiInputs.length + lsiInputs.length > 0);
  const billingMode = input.BillingMode ?? 'PROVISIONED';
  const throughput = checkThroughput(input.ProvisionedThroughput, billingMode);

  if (input.GlobalSecondaryIndexes && !gsiInputs.length) throw invalidParameter('List of GlobalSecondaryIndexes is empty');
  if (input.LocalSecondaryIndexes && !lsiInputs.length) throw invalidParameter('List of LocalSecondaryIndexes is empty');
  if (lsiInputs.length && keySchema.length < 2) {
    throw invalidParameter('Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex');
  }
  if (lsiInputs.length > MAX_LSIS) throw invalidParameter(`Number of LocalSecondaryIndexes exceeds per-table limit of ${MAX_LSIS}`);
  // A ValidationException here; UpdateTable's GSI limit is a LimitExceededException.
  if (gsiInputs.length > MAX_GSIS) throw invalidParameter(`GlobalSecondaryIndex count exceeds the per-table limit of ${MAX_GSIS}`);
  const shape = { keySchema, definitions, billingMode, origin: 'CreateTable' as const };
  const indexes = [
    ...lsiInputs.map((lsi) => buildIndex(lsi as IndexInput, false, shape)),
    ...gsiInputs.map((gsi) => buildIndex(gsi as IndexInput, true, shape)),
  ];
  const seen = new Set<string>();
  for (const index of indexes) {
    if (seen.has(index.name)) throw invalidParameter(`Duplicate index name: ${index.name}`);
    seen.add(index.name);
  }
  checkProjectedAttributeTotal(indexes);
  checkTags(input.Tags ?? []);
  checkTagCount(input.Tags?.length ?? 0);
  if (input.SSESpecification) checkSse(input.SSESpecification);

  const table: Omit<TableDef, 'id'> = {
    account,
    region,
    name,
    tableId: randomUUID(),
    createdAt: now,
    status: 'CREATING',
    attributeDefinitions: definitions.map((d) => ({ AttributeName: d.AttributeName, AttributeType: d.AttributeType })),
    keySchema: keySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType })),
    billingMode,
    payPerRequestSince: billingMode === 'PAY_PER_REQUEST' ? now : undefined,
    throughput: throughput ?? { read: 0, write: 0, decreasesToday: 0 },
    onDemand: input.OnDemandThroughput,
    indexes: indexes as IndexDef[],
    tableClass: input.TableClass,
    deletionProtection: input.DeletionProtectionEnabled ?? false,
    tags: (input.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
  };
  if (input.SSESpecification?.Enabled) {
    table.sse = { kmsKeyArn: input.SSESpecification.KMSMasterKeyId?.startsWith('arn:') ? input.SSESpecification.KMSMasterKeyId : arn({ service: 'kms', region, account, resource: `key/${input.SSESpecification.KMSMasterKeyId ?? randomUUID()}` }) };
  }
  if (input.StreamSpecification?.StreamEnabled) {
    if (!input.StreamSpecification.StreamViewType) throw invalidParameter('Table is being created with a stream enabled, UpdateViewType is required');
    table.stream = { enabled: true, viewType: input.StreamSpecification.StreamViewType, label: streamLabel(now) };
  } else if (input.StreamSpecification && input.StreamSpecification.StreamViewType) {
    throw invalidParameter('Table is being created with a stream disabled, UpdateViewType should not be specified');
  }
  return table;
}

export function streamLabel(now: number): string {
  return new Date(now).toISOString().replace('Z', '');
}

function throughputDescription(throughput: Throughput | undefined): Ddb.ProvisionedThroughputDescription {
  const t = throughput ?? { read: 0, write: 0, decreasesToday: 0 };
  return {
    ReadCapacityUnits: t.read,
    WriteCapacityUnits: t.write,
    NumberOfDecreasesToday: t.decreasesToday,
    LastIncreaseDateTime: t.lastIncrease !== undefined ? (new Date(t.lastIncrease)) : undefined,
    LastDecreaseDateTime: t.lastDecrease !== undefined ? (new Date(t.lastDecrease)) : undefined,
  };
}

/** DescribeTable's TableDescription: every field AWS returns for this table. */
export function describeTable(table: TableDef, state: DynamoState, status = table.status): Ddb.TableDescription {
  const counts = state.counts(table);
  const tableArnText = tableArn(table);
  const lsis = table.indexes.filter((i) => !i.global);
  const gsis = table.indexes.filter((i) => i.global);
  const description: Ddb.TableDescription = {
    AttributeDefinitions: table.attributeDefinitions,
    TableName: table.name,
    KeySchema: table.keySchema,
    TableStatus: status,
    CreationDateTime: new Date(table.createdAt),
    ProvisionedThroughput: throughputDescription(table.throughput),
    TableSizeBytes: counts.sizeBytes,
    ItemCount: counts.itemCount,
    TableArn: tableArnText,
    TableId: table.tableId,
    DeletionProtectionEnabled: table.deletionProtection,
    WarmThroughput: { ReadUnitsPerSecond: 12000, WriteUnitsPerSecond: 4000, Status: 'ACTIVE' },
  };
  if (table.billingMode === 'PAY_PER_REQUEST' || table.payPerRequestSince !== undefined) {
    description.BillingModeSummary = {
      BillingMode: table.billingMode,
      LastUpdateToPayPerRequestDateTime: table.payPerRequestSince !== undefined ? (new Date(table.payPerRequestSince)) : undefined,
    };
  }
  if (table.onDemand) description.OnDemandThroughput = table.onDemand;
  if (lsis.length) {
    description.LocalSecondaryIndexes = lsis.map((index) => {
      const c = state.indexCounts(index.id);
      return {
        IndexName: index.name,
        KeySchema: index.keySchema,
        Projection: index.projection,
        IndexSizeBytes: c.sizeBytes,
        ItemCount: c.itemCount,
        IndexArn: `${tableArnText}/index/${index.name}`,
      };
    });
  }
  if (gsis.length) {
    description.GlobalSecondaryIndexes = gsis.map((index) => {
      const c = state.indexCounts(index.id);
      return {
        IndexName: index.name,
        KeySchema: index.keySchema,
        Projection: index.projection,
        IndexStatus: index.status,
        ProvisionedThroughput: throughputDescription(index.throughput),
        IndexSizeBytes: c.sizeBytes,
        ItemCount: c.itemCount,
        IndexArn: `${tableArnText}/index/${index.name}`,
        OnDemandThroughput: index.onDemand,
        WarmThroughput: { ReadUnitsPerSecond: 12000, WriteUnitsPerSecond: 4000, Status: index.status },
      };
    });
  }
  if (table.sse) description.SSEDescription = { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: table.sse.kmsKeyArn };
  if (table.restore) {
    description.RestoreSummary = {
      SourceBackupArn: table.restore.sourceBackupArn, SourceTableArn: table.restore.sourceTableArn, RestoreDateTime: new Date(table.restore.at), RestoreInProgress: status === 'CREATING',
    };
  }
  if (table.tableClass) {
    description.TableClassSummary = {
      TableClass: table.tableClass,
      LastUpdateDateTime: table.tableClassUpdatedAt !== undefined ? (new Date(table.tableClassUpdatedAt)) : undefined,
    };
  }
  if (table.stream) {
    if (table.stream.enabled) description.StreamSpecification = { StreamEnabled: true, StreamViewType: table.stream.viewType };
    description.LatestStreamLabel = table.stream.label;
    description.LatestStreamArn = `${tableArnText}/stream/${table.stream.label}`;
  }
  for (const extend of descriptionExtensions.get(state) ?? []) extend(table, description);
  return description;
}

/** What other parts of DynamoDB add to a table's description (global tables: Replicas), per store. */
export const descriptionExtensions = new WeakMap<DynamoState, Array<(table: TableDef, description: Ddb.TableDescription) => void>>();
