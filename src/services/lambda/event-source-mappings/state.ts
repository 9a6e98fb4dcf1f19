import type { Store } from '../../../core/store.js';

/** The mappings' table, as ordered migrations (Store.ensureSchema); never edit one that has shipped. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS lambda_event_source_mappings (
     uuid TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     function_arn TEXT NOT NULL,
     event_source_arn TEXT,
     settings TEXT NOT NULL,
     enabled INTEGER NOT NULL,
     state TEXT NOT NULL,
     state_reason TEXT NOT NULL,
     last_processing_result TEXT NOT NULL,
     tags TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     modified_at INTEGER NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS lambda_event_source_mappings_scope ON lambda_event_source_mappings (account, region, created_at)',
];

/** AWS's states of a mapping: the -ing ones are transitions the clock finishes. */
export type MappingState = 'Creating' | 'Enabling' | 'Enabled' | 'Disabling' | 'Disabled' | 'Updating' | 'Deleting';

export const TRANSITIONAL_STATES: ReadonlySet<MappingState> = new Set(['Creating', 'Enabling', 'Disabling', 'Updating', 'Deleting']);

/**
 * A mapping's settings as the API spells them (CreateEventSourceMapping's members, defaults
 * applied): what Get/List answer besides the state fields, and what the runners read.
 */
export type MappingSettings = Record<string, unknown> & {
  BatchSize: number;
  EventSourceArn?: string;
};

export interface MappingRow {
  uuid: string;
  account: string;
  region: string;
  functionArn: string;
  eventSourceArn?: string;
  settings: MappingSettings;
  /** What the user asked for (Enabled): where a transition ends. */
  enabled: boolean;
  state: MappingState;
  stateReason: string;
  lastProcessingResult: string;
  tags: Record<string, string>;
  createdAt: number;
  modifiedAt: number;
}

interface MappingRecord {
  uuid: string; account: string; region: string; function_arn: string; event_source_arn: string | null; settings: string;
  enabled: number; state: string; state_reason: string; last_processing_result: string; tags: string; created_at: number; modified_at: number;
}

const toRow = (r: MappingRecord): MappingRow => ({
  uuid: r.uuid, account: r.account, region: r.region, functionArn: r.function_arn, eventSourceArn: r.event_source_arn ?? undefined,
  settings: JSON.parse(r.settings) as MappingSettings, enabled: r.enabled === 1, state: r.state as MappingState, stateReason: r.state_reason,
  lastProcessingResult: r.last_processing_result, tags: JSON.parse(r.tags) as Record<string, string>, createdAt: r.created_at, modifiedAt: r.modified_at,
});

/** Event source mappings' storage: every SQL statement they run lives here. */
export class EventSourceMappingState {
  private readonly statements;

  constructor(store: Store) {
    store.ensureSchema('lambda_event_source_mappings', [SCHEMA_V1]);
    const db = store.db;
    this.statements = {
      byUuid: db.prepare<[string], MappingRecord>('SELECT * FROM lambda_event_source_mappings WHERE uuid = ?'),
      inScope: db.prepare<[string, string], MappingRecord>('SELECT * FROM lambda_event_source_mappings WHERE account = ? AND region = ? ORDER BY created_at, uuid'),
      all: db.prepare<[], MappingRecord>('SELECT * FROM lambda_event_source_mappings ORDER BY created_at, uuid'),
      insert: db.prepare(
        `INSERT INTO lambda_event_source_mappings (uuid, account, region, function_arn, event_source_arn, settings, enabled, state, state_reason, last_processing_result, tags, created_at, modified_at)
         VALUES (@uuid, @account, @region, @functionArn, @eventSourceArn, @settings, @enabled, @state, @stateReason, @lastProcessingResult, @tags, @createdAt, @modifiedAt)`,
      ),
      update: db.prepare('UPDATE lambda_event_source_mappings SET function_arn = ?, settings = ?, enabled = ?, state = ?, state_reason = ?, modified_at = ? WHERE uuid = ?'),
      setState: db.prepare('UPDATE lambda_event_source_mappings SET state = ?, modified_at = ? WHERE uuid = ?'),
      setResult: db.prepare('UPDATE lambda_event_source_mappings SET last_processing_result = ? WHERE uuid = ? AND last_processing_result <> ?'),
      setTags: db.prepare('UPDATE lambda_event_source_mappings SET tags = ? WHERE uuid = ?'),
      delete: db.prepare('DELETE FROM lambda_event_source_mappings WHERE uuid = ?'),
    };
  }

  mapping(uuid: string): MappingRow | undefined {
    const record = this.statements.byUuid.get(uuid);
    return record ? toRow(record) : undefined;
  }

  /** The mappings of an account and region, oldest first. */
  mappings(account: string, region: string): MappingRow[] {
    return this.statements.inScope.all(account, region).map(toRow);
  }

  allMappings(): MappingRow[] {
    return this.statements.all.all().map(toRow);
  }

  insert(row: MappingRow): void {
    this.statements.insert.run({
      ...row,
      eventSourceArn: row.eventSourceArn ?? null,
      settings: JSON.stringify(row.settings),
      enabled: row.enabled ? 1 : 0,
      tags: JSON.stringify(row.tags),
    });
  }

  /** An UpdateEventSourceMapping: new settings, and the transition it starts. */
  update(row: MappingRow): void {
    this.statements.update.run(row.functionArn, JSON.stringify(row.settings), row.enabled ? 1 : 0, row.state, row.stateReason, row.modifiedAt, row.uuid);
  }

  setState(uuid: string, state: MappingState, at: number): void {
    this.statements.setState.run(state, at, uuid);
  }

  /** LastProcessingResult; written only when it changes (a runner reports it after every batch). */
  setLastProcessingResult(uuid: string, result: string): void {
    this.statements.setResult.run(result, uuid, result);
  }

  setTags(uuid: string, tags: Record<string, string>): void {
    this.statements.setTags.run(JSON.stringify(tags), uuid);
  }

  delete(uuid: string): void {
    this.statements.delete.run(uuid);
  }
}
