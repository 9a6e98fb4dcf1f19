import type { RequestContext } from '../../core/context.js';
import type * as Ddb from '../../generated/dynamodb.js';
import { randomUUID } from 'node:crypto';
import { arn } from '../../core/ids.js';
import type { Engine } from './engine.js';
import { invalidParameter, limitExceeded, resourceInUse, resourceNotFound, tableNotFound, validation } from './errors.js';
import type { AttributeDefinition, IndexDef, TableDef } from './state.js';
import { buildIndex, checkSse, checkTagCount, checkTagKey, checkTags, describeTable, LIMITS, MAX_GSIS, streamLabel, tableFromCreate, tableNameOf, type IndexInput } from './tables.js';
import { deserializeItem } from './attribute-values.js';

type Operations = Partial<Ddb.DynamodbOperations>;

const DEFAULT_LIST_LIMIT = 100;

/** What AWS names when an UpdateTable asks for nothing ('UpdateStreamEnabled' is StreamSpecification). */
const UPDATE_MEMBERS = [
  'ProvisionedThroughput', 'BillingMode', 'UpdateStreamEnabled', 'GlobalSecondaryIndexUpdates', 'SSESpecification', 'ReplicaUpdates', 'MultiAccountReplicaReady',
  'ReplicaTransitRoleArn', 'MultiRegionConsistency', 'DeletionProtectionEnabled', 'OnDemandThroughput', 'WarmThroughput', 'TableClass',
];

function nothingToUpdate(input: Ddb.UpdateTableInput) {
  // MultiRegionConsistency alone changes nothing; AWS then leaves it out of the list.
  const names = UPDATE_MEMBERS.filter((name) => name !== 'MultiRegionConsistency' || input.MultiRegionConsistency === undefined);
  return validation(`At least one of ${names.slice(0, -1).join(', ')} or ${names.at(-1)} is required`);
}

function unchangedThroughput(what: string, current: string, read: number, write: number) {
  return validation(
    `The provisioned throughput for ${what} will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for ${current}: ${read}. Requested ReadCapacityUnits: ${read}. Current WriteCapacityUnits provisioned for ${current}: ${write}. Requested WriteCapacityUnits: ${write}. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.`,
  );
}

export interface ControlPlaneOptions {
  /** How long a table or index stays CREATING/UPDATING before ACTIVE (0: at once). */
  statusDelayMs: number;
}

export function controlPlaneOperations(engine: Engine, options: ControlPlaneOptions): Operations {
  const { state, clock } = engine;

  function findTable(context: RequestContext, given: string): TableDef {
    const name = tableNameOf(given);
    const table = state.findTable(context.accountId, context.region, name);
    if (!table) throw tableNotFound(name);
    return table;
  }

  /** Moves a table (and its new indexes) to ACTIVE, now or after the configured delay. */
  function activate(table: TableDef): void {
    const finish = () => {
      const current = state.findTable(table.account, table.region, table.name);
      if (!current || current.id !== table.id) return;
      current.status = 'ACTIVE';
      for (const index of current.indexes) if (index.status !== 'ACTIVE') index.status = 'ACTIVE';
      state.saveTable(current);
    };
    if (options.statusDelayMs > 0) clock.setTimeout(finish, options.statusDelayMs);
    else finish();
  }

  function checkNotBusy(table: TableDef): void {
    if (table.status !== 'ACTIVE') {
      const doing = table.status === 'CREATING' ? 'created' : table.status === 'DELETING' ? 'deleted' : 'updated';
      throw resourceInUse(`Attempt to change a resource which is still in use: Table is being ${doing}: ${table.name}`);
    }
  }

  function tableByArn(resourceArn: string): TableDef {
    if (!resourceArn.startsWith('arn:')) throw invalidParameter(`ARNs must start with 'arn:': ${resourceArn}`);
    if (/^arn:aws[a-z-]*:dynamodb:[^:]*:[^:]*:table\/[^/]+\/index\//.test(resourceArn)) {
      throw invalidParameter(`Invalid resource arn provided, only table or stream is accepted. Provided resource arn: ${resourceArn}`);
    }
    const match = /^arn:aws[a-z-]*:dynamodb:([^:]+):(\d{12}):table\/([^/]+)$/.exec(resourceArn);
    if (!match) throw validation(`Invalid TableArn: Invalid ResourceArn provided as input ${resourceArn}`);
    const table = state.findTable(match[2], match[1], match[3]);
    if (!table) throw resourceNotFound(`Requested resource not found: ResourcArn: ${resourceArn} not found`);
    return table;
  }

  /** Fills a new global index from the items already in the table. */
  function backfill(table: TableDef, index: IndexDef): void {
    state.transaction(() => {
      for (const row of [...state.allRows(table.id)]) {
        const item = deserializeItem(row.item);
        const entry = engine.indexEntry(table, index, item, { hk: row.hk, pk: row.pk, sk: row.sk, key: {} });
        if (entry) state.putIndexRow(index.id, entry);
      }
    });
  }

  return {
    CreateTable(input, context) {
      const definition = tableFromCreate(input, context.accountId, context.region, clock.now());
      if (state.findTable(context.accountId, context.region, definition.name)) throw resourceInUse(`Table already exists: ${definition.name}`);
      const keep = engine.onCreateTable.map((check) => check(input));
      const table = state.createTable(definition);
      for (const finish of keep) finish?.(table);
      const description = describeTable(table, state, 'CREATING');
      if (description.GlobalSecondaryIndexes) for (const gsi of description.GlobalSecondaryIndexes) gsi.IndexStatus = 'CREATING';
      activate(table);
      return { TableDescription: description };
    },

    DescribeTable(input, context) {
      return { Table: describeTable(findTable(context, input.TableName), state) };
    },

    ListTables(input, context) {
      const limit = input.Limit ?? DEFAULT_LIST_LIMIT;
      let names = state.listTables(context.accountId, context.region);
      if (input.ExclusiveStartTableName !== undefined) names = names.filter((n) => n > input.ExclusiveStartTableName!);
      const page = names.slice(0, limit);
      return { TableNames: page, LastEvaluatedTableName: names.length > limit ? page[page.length - 1] : undefined };
    },

    DeleteTable(input, context) {
      const table = findTable(context, input.TableName);
      if (table.deletionProtection) {
        throw validation('Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
      }
      checkNotBusy(table);
      const description = describeTable(table, state, 'DELETING');
      state.deleteTable(table);
      return { TableDescription: description };
    },

    UpdateTable(input, context) {
      const table = findTable(context, input.TableName);
      // An empty GlobalSecondaryIndexUpdates counts as absent until something else is asked for; then it is refused.
      const gsiUpdates = input.GlobalSecondaryIndexUpdates?.length ? input.GlobalSecondaryIndexUpdates : undefined;
      const asked = [
        input.ProvisionedThroughput, input.BillingMode, gsiUpdates, input.StreamSpecification, input.SSESpecification,
        input.DeletionProtectionEnabled, input.TableClass, input.OnDemandThroughput, input.ReplicaUpdates, input.WarmThroughput,
      ].filter((c) => c !== undefined).length;
      if (!asked) throw nothingToUpdate(input);
      if (!gsiUpdates && input.GlobalSecondaryIndexUpdates) throw invalidParameter('List of GlobalSecondaryIndexUpdates is empty');
      if (input.ReplicaUpdates && engine.replicaUpdates) return { TableDescription: engine.replicaUpdates(input, table, context) };
      // AWS takes these only on their own; with several, it names SSE, then TableClass, then DeletionProtection.
      if (asked > 1) {
        if (input.SSESpecification) throw invalidParameter('Server-Side Encryption modification must be the only operation in the request');
        if (input.TableClass !== undefined) throw invalidParameter('TableClass modification must be the only operation in the request');
        if (input.DeletionProtectionEnabled !== undefined) throw invalidParameter('DeletionProtection modification must be the only operation in the request');
      }
      const createsOrDeletesIndex = gsiUpdates?.some((u) => u.Create || u.Delete);
      if (input.StreamSpecification && input.ProvisionedThroughput) throw invalidParameter('You cannot modify stream status while updating table IOPS');
      if (createsOrDeletesIndex && input.ProvisionedThroughput) throw invalidParameter('You cannot create or delete index while updating table IOPS');
      if (createsOrDeletesIndex && input.StreamSpecification) throw invalidParameter('You cannot create or delete index while changing stream status');
      checkNotBusy(table);
      const now = clock.now();
      const next: TableDef = structuredClone(table);

      const mode = input.BillingMode ?? table.billingMode;
      if (mode === 'PAY_PER_REQUEST') {
        if (input.ProvisionedThroughput) throw invalidParameter('Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
        if (table.billingMode !== 'PAY_PER_REQUEST') {
          next.billingMode = 'PAY_PER_REQUEST';
          next.payPerRequestSince = now;
          next.throughput = { read: 0, write: 0, decreasesToday: 0 };
          for (const index of next.indexes) if (index.global) index.throughput = undefined;
        }
      } else {
        // Even on a table that is already PROVISIONED.
        if (input.BillingMode === 'PROVISIONED' && !input.ProvisionedThroughput) {
          throw invalidParameter('ProvisionedThroughput must be specified when BillingMode is PROVISIONED');
        }
        if (input.ProvisionedThroughput) {
          const { ReadCapacityUnits: read, WriteCapacityUnits: write } = input.ProvisionedThroughput;
          if (table.billingMode === 'PROVISIONED' && read === table.throughput.read && write === table.throughput.write && !gsiUpdates) {
            throw unchangedThroughput('the table', 'the table', read, write);
          }
          if (read > LIMITS.TableMaxReadCapacityUnits || write > LIMITS.TableMaxWriteCapacityUnits) {
            throw limitExceeded(
              `Subscriber limit exceeded: Provisioned throughput for a single table or global secondary index cannot exceed ${LIMITS.TableMaxReadCapacityUnits} read capacity units or ${LIMITS.TableMaxWriteCapacityUnits} write capacity units. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.`,
            );
          }
          const previous = table.throughput;
          const increased = read > previous.read || write > previous.write;
          const decreased = read < previous.read || write < previous.write;
          next.throughput = {
            read,
            write,
            lastIncrease: increased ? now : previous.lastIncrease,
            lastDecrease: decreased ? now : previous.lastDecrease,
            decreasesToday: previous.decreasesToday + (decreased ? 1 : 0),
          };
          if (table.billingMode === 'PAY_PER_REQUEST') {
            next.billingMode = 'PROVISIONED';
            for (const index of next.indexes) if (index.global) index.throughput = { read, write, decreasesToday: 0 };
          }
        }
      }

      if (input.AttributeDefinitions) {
        for (const definition of input.AttributeDefinitions as AttributeDefinition[]) {
          const existing = next.attributeDefinitions.find((d) => d.AttributeName === definition.AttributeName);
          if (existing && existing.AttributeType !== definition.AttributeType) {
            throw invalidParameter(`Cannot change the type of an existing attribute: ${definition.AttributeName}`);
          }
          if (!existing) next.attributeDefinitions.push({ AttributeName: definition.AttributeName, AttributeType: definition.AttributeType });
        }
      }
      const created: IndexDef[] = [];
      const dropped: IndexDef[] = [];
      const updates = gsiUpdates ?? [];
      for (const update of updates) {
        const actions = [update.Create, update.Update, update.Delete].filter((a) => a !== undefined).length;
        if (!actions) throw invalidParameter('One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null');
        if (actions > 1) throw invalidParameter('Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object');
      }
      const indexNames = updates.map((u) => (u.Create ?? u.Update ?? u.Delete)!.IndexName);
      const repeated = indexNames.find((name, i) => indexNames.indexOf(name) !== i);
      if (repeated !== undefined) throw invalidParameter(`Only one global secondary index update per index is allowed simultaneously. Index: ${repeated}`);
      if (updates.filter((u) => u.Create || u.Delete).length > 1) {
        throw limitExceeded('Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table');
      }
      for (const update of updates) {
        if (update.Create) {
          if (next.indexes.some((i) => i.name === update.Create!.IndexName)) throw validation('Attempting to create an index which already exists');
          if (!input.AttributeDefinitions) throw invalidParameter(`AttributeDefinitions is not specified for index: ${update.Create.IndexName}`);
          if (next.indexes.filter((i) => i.global).length >= MAX_GSIS) throw limitExceeded(`GlobalSecondaryIndex count exceeds the per-table limit of ${MAX_GSIS}`);
          const built = buildIndex(update.Create as IndexInput, true, {
            keySchema: next.keySchema, definitions: next.attributeDefinitions, billingMode: next.billingMode, origin: 'UpdateTable',
          });
          const index: IndexDef = { ...built, id: state.newIndexId(table.id), status: 'CREATING' };
          next.indexes.push(index);
          created.push(index);
        } else if (update.Update) {
          const name = update.Update.IndexName;
          const index = next.indexes.find((i) => i.name === name);
          if (!index) throw resourceNotFound(`Requested resource not found: Index: ${name} not found`);
          if (!index.global) throw validation(`Cannot update an index that is not a GlobalSecondaryIndex: ${name}`);
          if (update.Update.ProvisionedThroughput) {
            if (next.billingMode === 'PAY_PER_REQUEST') {
              throw invalidParameter('Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
            }
            const { ReadCapacityUnits: read, WriteCapacityUnits: write } = update.Update.ProvisionedThroughput;
            if (read === index.throughput?.read && write === index.throughput.write) throw unchangedThroughput(`the index ${name}`, `index ${name}`, read, write);
            index.throughput = { read, write, decreasesToday: 0 };
          }
          if (update.Update.OnDemandThroughput) index.onDemand = update.Update.OnDemandThroughput;
        } else if (update.Delete) {
          const name = update.Delete.IndexName;
          const index = next.indexes.find((i) => i.name === name);
          if (!index) throw resourceNotFound(`Requested resource not found: Index: ${name} not found`);
          if (!index.global) throw validation(`Cannot delete an index that is not a GlobalSecondaryIndex: ${name}`);
          next.indexes = next.indexes.filter((i) => i !== index);
          dropped.push(index);
        }
      }
      if (created.length || dropped.length || input.AttributeDefinitions) {
        const used = new Set([...next.keySchema, ...next.indexes.flatMap((i) => i.keySchema)].map((k) => k.AttributeName));
        if (input.AttributeDefinitions && created.length === 0 && !dropped.length) {
          for (const definition of input.AttributeDefinitions) {
            if (!used.has(definition.AttributeName)) {
              throw invalidParameter('Number of attributes in KeySchema plus number of attributes in index KeySchemas does not exactly match number of attributes defined in AttributeDefinitions');
            }
          }
        }
        next.attributeDefinitions = next.attributeDefinitions.filter((d) => used.has(d.AttributeName));
      }

      if (input.StreamSpecification) {
        const spec = input.StreamSpecification;
        if (spec.StreamEnabled) {
          if (!spec.StreamViewType) throw invalidParameter('If stream is being enabled then UpdateViewType is required');
          if (table.stream?.enabled) throw validation(`Table already has an enabled stream: TableName: ${table.name}`);
          next.stream = { enabled: true, viewType: spec.StreamViewType, label: streamLabel(now) };
        } else {
          if (spec.StreamViewType) throw invalidParameter('If stream is being disabled, then UpdateViewType must not be specified');
          if (!table.stream?.enabled) throw validation(`Table has no stream to disable: TableName: ${table.name}`);
          next.stream = { ...table.stream, enabled: false };
        }
      }
      if (input.DeletionProtectionEnabled !== undefined) next.deletionProtection = input.DeletionProtectionEnabled;
      if (input.TableClass !== undefined) {
        next.tableClass = input.TableClass;
        next.tableClassUpdatedAt = now;
      }
      if (input.SSESpecification) {
        checkSse(input.SSESpecification);
        if (input.SSESpecification.Enabled) {
          const keyId = input.SSESpecification.KMSMasterKeyId;
          next.sse = { kmsKeyArn: keyId?.startsWith('arn:') ? keyId : arn({ service: 'kms', region: table.region, account: table.account, resource: `key/${keyId ?? randomUUID()}` }) };
        } else {
          // Turning SSE off means the AWS-owned key, which a table without a KMS key already has.
          if (!table.sse) throw invalidParameter('Table is already encrypted by default');
          next.sse = undefined;
        }
      }
      if (input.OnDemandThroughput) next.onDemand = input.OnDemandThroughput;

      next.status = 'UPDATING';
      state.transaction(() => {
        for (const index of dropped) state.dropIndex(index.id);
        state.saveTable(next);
        for (const index of created) backfill(next, index);
      });
      const description = describeTable(next, state);
      activate(next);
      return { TableDescription: description };
    },

    TagResource(input) {
      const table = tableByArn(input.ResourceArn);
      if (!input.Tags.length) throw validation('Atleast one Tag needs to be provided as Input.');
      checkTags(input.Tags);
      const tags = table.tags.map((t) => ({ ...t }));
      for (const tag of input.Tags) {
        const existing = tags.find((t) => t.Key === tag.Key);
        if (existing) existing.Value = tag.Value;
        else tags.push({ Key: tag.Key, Value: tag.Value });
      }
      checkTagCount(tags.length);
      state.saveTable({ ...table, tags });
    },

    UntagResource(input) {
      const table = tableByArn(input.ResourceArn);
      if (!input.TagKeys.length) throw validation('Atleast one Tag Key needs to be provided as Input.');
      input.TagKeys.forEach(checkTagKey);
      // AWS refuses more than 50 keys with the tag-count message, though untagging only removes tags.
      checkTagCount(input.TagKeys.length);
      state.saveTable({ ...table, tags: table.tags.filter((t) => !input.TagKeys.includes(t.Key)) });
    },

    ListTagsOfResource(input) {
      const table = tableByArn(input.ResourceArn);
      return { Tags: table.tags.map((t) => ({ Key: t.Key, Value: t.Value })) };
    },

    DescribeLimits() {
      return { ...LIMITS };
    },

    DescribeEndpoints(_input, context) {
      return { Endpoints: [{ Address: `dynamodb.${context.region}.amazonaws.com`, CachePeriodInMinutes: 1440 }] };
    },
  };
}
