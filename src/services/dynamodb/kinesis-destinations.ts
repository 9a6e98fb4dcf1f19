import { createHash, randomUUID } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import type { Runtime } from '../../core/runtime.js';
import type * as Ddb from '../../generated/dynamodb.js';
import type { KinesisApi } from '../kinesis/api.js';
import { itemSize, serializeItem, type Item } from './attribute-values.js';
import type { ChangeListener, Engine, ItemChange } from './engine.js';
import { resourceInUse, tableNotFound, validation } from './errors.js';
import type { DestinationRow, ResourceSettingsState } from './resource-settings-state.js';
import type { TableDef } from './state.js';
import { tableNameOf } from './tables.js';

type DestinationStatus = NonNullable<Ddb.KinesisDataStreamDestination['DestinationStatus']>;
/** Records sent to Kinesis per pass over the outbox. */
const SEND_BATCH = 500;
/** How long a record that Kinesis refused waits before it is tried again. */
const RETRY_MS = 1000;
const STREAM_ARN = /^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:\d{12}:stream\/[a-zA-Z0-9_.-]{1,128}$/;

function statusOf(row: DestinationRow, now: number, delayMs: number): DestinationStatus {
  const settled = now >= row.changedAt + delayMs;
  if (row.enabled) return settled ? 'ACTIVE' : 'ENABLING';
  return settled ? 'DISABLED' : 'DISABLING';
}

/** An item in the JSON form DynamoDB writes (binaries as base64). */
function wire(item: Item): unknown {
  return JSON.parse(serializeItem(item));
}

/**
 * Kinesis Data Streams as a table's streaming destination: Enable/Disable/Describe/UpdateKinesisStreamingDestination,
 * and delivery. Each item change of a table with an ACTIVE destination is written to an outbox in the change's
 * own transaction (so a rolled-back write sends nothing) and put into the stream through KinesisApi.putRecord
 * once the transaction has committed, in the record format AWS documents for DynamoDB → Kinesis.
 */
export class KinesisDestinations {
  private readonly cache = new Map<string, DestinationRow[]>();
  private sending = false;
  private sendQueued = false;

  constructor(
    private readonly engine: Engine,
    private readonly state: ResourceSettingsState,
    private readonly runtime: Runtime,
    private readonly delayMs: number,
  ) {
    if (state.hasDestinations()) this.listen();
    if (state.outbox(1).length) this.scheduleSend();
  }

  private listening = false;

  /** Watches item changes from the first destination on (a listener makes every write read the item it replaces). */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const listener: ChangeListener = (change) => this.onChange(change);
    // Only tables with a destination need their writes to read the item they replace.
    listener.wants = (table) => this.destinations(table).length > 0;
    this.engine.listeners.push(listener);
  }

  private destinations(table: TableDef): DestinationRow[] {
    let rows = this.cache.get(table.tableId);
    if (!rows) {
      rows = this.state.destinations(table.tableId);
      this.cache.set(table.tableId, rows);
    }
    return rows;
  }

  private onChange(change: ItemChange): void {
    const rows = this.destinations(change.table);
    if (!rows.length) return;
    const now = this.engine.clock.now();
    const active = rows.filter((row) => statusOf(row, now, this.delayMs) === 'ACTIVE');
    if (!active.length) return;
    const partitionKey = createHash('md5').update(serializeItem(change.keys)).digest('hex');
    for (const row of active) this.state.addToOutbox(row.streamArn, partitionKey, this.record(change, row.precision));
    this.scheduleSend();
  }

  /** The record DynamoDB puts into Kinesis for one item change (both images, whatever the table's stream keeps). */
  private record(change: ItemChange, precision: DestinationRow['precision']): string {
    const dynamodb: Record<string, unknown> = {
      ApproximateCreationDateTime: precision === 'MICROSECOND' ? change.at * 1000 : change.at,
      ApproximateCreationDateTimePrecision: precision,
      Keys: wire(change.keys),
    };
    if (change.newImage) dynamodb.NewImage = wire(change.newImage);
    if (change.oldImage) dynamodb.OldImage = wire(change.oldImage);
    dynamodb.SizeBytes = itemSize(change.keys) + (change.newImage ? itemSize(change.newImage) : 0) + (change.oldImage ? itemSize(change.oldImage) : 0);
    return JSON.stringify({
      awsRegion: change.table.region,
      eventID: randomUUID(),
      eventName: change.eventName,
      userIdentity: change.userIdentity ?? null,
      recordFormat: 'application/json',
      tableName: change.table.name,
      dynamodb,
      eventSource: 'aws:dynamodb',
    });
  }

  /** Sends once the current synchronous work (the store transaction of the change) is over. */
  private scheduleSend(): void {
    if (this.sendQueued) return;
    this.sendQueued = true;
    queueMicrotask(() => {
      this.sendQueued = false;
      void this.send();
    });
  }

  private async send(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      const kinesis = await this.runtime.optionalApi<KinesisApi>('kinesis');
      for (;;) {
        const batch = this.state.outbox(SEND_BATCH);
        if (!batch.length) return;
        for (const row of batch) {
          if (!kinesis || !kinesis.streamExists(row.streamArn)) {
            // The stream is gone: AWS drops what it can no longer deliver.
            this.state.sent(row.id);
            continue;
          }
          try {
            kinesis.putRecord({ streamArn: row.streamArn, data: Buffer.from(row.data), partitionKey: row.partitionKey });
            this.state.sent(row.id);
          } catch (error) {
            if (!(error instanceof AwsError)) throw error;
            // Throughput exceeded and the like: try again later, in order.
            this.engine.clock.setTimeout(() => this.scheduleSend(), RETRY_MS);
            return;
          }
        }
      }
    } finally {
      this.sending = false;
    }
  }

  private findTable(context: RequestContext, given: string): TableDef {
    const name = tableNameOf(given);
    const table = this.engine.state.findTable(context.accountId, context.region, name);
    if (!table) throw tableNotFound(name);
    return table;
  }

  private describe(row: DestinationRow): Ddb.KinesisDataStreamDestination {
    return { StreamArn: row.streamArn, DestinationStatus: statusOf(row, this.engine.clock.now(), this.delayMs), ApproximateCreationDateTimePrecision: row.precision };
  }

  private save(row: DestinationRow): void {
    this.state.putDestination(row);
    this.cache.delete(row.tableId);
  }

  operations(): Partial<Ddb.DynamodbOperations> {
    const checkStreamArn = async (streamArn: string) => {
      if (!STREAM_ARN.test(streamArn)) throw validation(`Invalid StreamArn provided as input ${streamArn}`);
      const kinesis = await this.runtime.optionalApi<KinesisApi>('kinesis');
      if (!kinesis?.streamExists(streamArn)) throw validation(`Kinesis data stream not found: ${streamArn}`);
    };
    const checkActiveTable = (table: TableDef) => {
      if (table.status !== 'ACTIVE') throw resourceInUse(`Attempt to change a resource which is still in use: Table is being ${table.status === 'CREATING' ? 'created' : 'updated'}: ${table.name}`);
    };
    const find = (table: TableDef, streamArn: string) => this.destinations(table).find((row) => row.streamArn === streamArn);

    return {
      EnableKinesisStreamingDestination: async (input, context) => {
        const table = this.findTable(context, input.TableName);
        await checkStreamArn(input.StreamArn);
        checkActiveTable(table);
        const now = this.engine.clock.now();
        const existing = find(table, input.StreamArn);
        if (existing && existing.enabled) {
          throw validation(`Table ${table.name} is already streaming to the Kinesis data stream ${input.StreamArn}`);
        }
        if (this.destinations(table).some((row) => row.enabled && row.streamArn !== input.StreamArn)) {
          throw new AwsError('LimitExceededException', `Table ${table.name} already has a Kinesis streaming destination enabled`, 400);
        }
        const precision = input.EnableKinesisStreamingConfiguration?.ApproximateCreationDateTimePrecision ?? 'MILLISECOND';
        this.save({ tableId: table.tableId, streamArn: input.StreamArn, enabled: true, precision, changedAt: now });
        this.listen();
        return {
          TableName: table.name, StreamArn: input.StreamArn, DestinationStatus: 'ENABLING',
          EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: precision },
        };
      },

      DisableKinesisStreamingDestination: async (input, context) => {
        const table = this.findTable(context, input.TableName);
        if (!STREAM_ARN.test(input.StreamArn)) throw validation(`Invalid StreamArn provided as input ${input.StreamArn}`);
        checkActiveTable(table);
        const existing = find(table, input.StreamArn);
        if (!existing || statusOf(existing, this.engine.clock.now(), this.delayMs) !== 'ACTIVE') {
          throw validation(`Table ${table.name} is not streaming to an ACTIVE Kinesis data stream ${input.StreamArn}`);
        }
        this.save({ ...existing, enabled: false, changedAt: this.engine.clock.now() });
        return {
          TableName: table.name, StreamArn: input.StreamArn, DestinationStatus: 'DISABLING',
          EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: existing.precision },
        };
      },

      DescribeKinesisStreamingDestination: (input, context) => {
        const table = this.findTable(context, input.TableName);
        return { TableName: table.name, KinesisDataStreamDestinations: this.destinations(table).map((row) => this.describe(row)) };
      },

      UpdateKinesisStreamingDestination: (input, context) => {
        const table = this.findTable(context, input.TableName);
        if (!STREAM_ARN.test(input.StreamArn)) throw validation(`Invalid StreamArn provided as input ${input.StreamArn}`);
        const precision = input.UpdateKinesisStreamingConfiguration?.ApproximateCreationDateTimePrecision;
        if (!precision) throw validation('ApproximateCreationDateTimePrecision is required for UpdateKinesisStreamingDestination');
        const existing = find(table, input.StreamArn);
        if (!existing || statusOf(existing, this.engine.clock.now(), this.delayMs) !== 'ACTIVE') {
          throw validation(`Table ${table.name} is not streaming to an ACTIVE Kinesis data stream ${input.StreamArn}`);
        }
        if (existing.precision === precision) {
          throw validation(`Invalid Request: Kinesis streaming destination already has ApproximateCreationDateTimePrecision ${precision}`);
        }
        this.save({ ...existing, precision });
        return { TableName: table.name, StreamArn: input.StreamArn, DestinationStatus: 'UPDATING', UpdateKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: precision } };
      },
    };
  }
}
