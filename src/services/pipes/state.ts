import type { Store } from '../../core/store.js';

/** Pipes' tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS pipes_pipes (
     arn TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     definition TEXT NOT NULL,
     tags TEXT NOT NULL,
     desired_state TEXT NOT NULL,
     current_state TEXT NOT NULL,
     state_reason TEXT,
     created_at INTEGER NOT NULL,
     modified_at INTEGER NOT NULL
   )`,
  'CREATE UNIQUE INDEX IF NOT EXISTS pipes_pipes_scope ON pipes_pipes (account, region, name)',
  // How far a stream source has been read, per shard, so a restart or a Start resumes there.
  `CREATE TABLE IF NOT EXISTS pipes_shard_checkpoints (
     pipe_arn TEXT NOT NULL,
     shard_id TEXT NOT NULL,
     sequence_number TEXT NOT NULL,
     PRIMARY KEY (pipe_arn, shard_id)
   )`,
];

/** What CreatePipe/UpdatePipe set, as their wire names spell it. */
export interface PipeDefinition {
  Description?: string;
  Source: string;
  SourceParameters?: Record<string, any>;
  Enrichment?: string;
  EnrichmentParameters?: Record<string, any>;
  Target: string;
  TargetParameters?: Record<string, any>;
  RoleArn: string;
  LogConfiguration?: Record<string, any>;
  KmsKeyIdentifier?: string;
}

export type CurrentState =
  | 'RUNNING' | 'STOPPED' | 'CREATING' | 'UPDATING' | 'DELETING' | 'STARTING' | 'STOPPING'
  | 'CREATE_FAILED' | 'UPDATE_FAILED' | 'START_FAILED' | 'STOP_FAILED' | 'DELETE_FAILED'
  | 'CREATE_ROLLBACK_FAILED' | 'DELETE_ROLLBACK_FAILED' | 'UPDATE_ROLLBACK_FAILED';
export type DesiredState = 'RUNNING' | 'STOPPED' | 'DELETED';

export interface PipeRow {
  arn: string;
  account: string;
  region: string;
  name: string;
  definition: PipeDefinition;
  tags: Record<string, string>;
  desiredState: DesiredState;
  currentState: CurrentState;
  stateReason: string | null;
  createdAt: number;
  modifiedAt: number;
}

interface PipeRecord {
  arn: string; account: string; region: string; name: string; definition: string; tags: string;
  desired_state: string; current_state: string; state_reason: string | null; created_at: number; modified_at: number;
}

const toPipe = (r: PipeRecord): PipeRow => ({
  arn: r.arn, account: r.account, region: r.region, name: r.name, definition: JSON.parse(r.definition), tags: JSON.parse(r.tags),
  desiredState: r.desired_state as DesiredState, currentState: r.current_state as CurrentState, stateReason: r.state_reason,
  createdAt: r.created_at, modifiedAt: r.modified_at,
});

/** Pipes' storage: every SQL statement Pipes runs lives here. */
export class PipesState {
  private readonly statements;

  constructor(private readonly store: Store) {
    store.ensureSchema('pipes', [SCHEMA_V1]);
    const db = store.db;
    this.statements = {
      pipe: db.prepare<[string, string, string], PipeRecord>('SELECT * FROM pipes_pipes WHERE account = ? AND region = ? AND name = ?'),
      pipeByArn: db.prepare<[string], PipeRecord>('SELECT * FROM pipes_pipes WHERE arn = ?'),
      pipesInScope: db.prepare<[string, string], PipeRecord>('SELECT * FROM pipes_pipes WHERE account = ? AND region = ? ORDER BY name'),
      allPipes: db.prepare<[], PipeRecord>('SELECT * FROM pipes_pipes ORDER BY arn'),
      insert: db.prepare(
        `INSERT INTO pipes_pipes (arn, account, region, name, definition, tags, desired_state, current_state, state_reason, created_at, modified_at)
         VALUES (@arn, @account, @region, @name, @definition, @tags, @desiredState, @currentState, @stateReason, @createdAt, @modifiedAt)`,
      ),
      updateDefinition: db.prepare('UPDATE pipes_pipes SET definition = ?, desired_state = ?, current_state = ?, state_reason = NULL, modified_at = ? WHERE arn = ?'),
      updateState: db.prepare('UPDATE pipes_pipes SET desired_state = ?, current_state = ?, state_reason = ?, modified_at = ? WHERE arn = ?'),
      updateCurrentState: db.prepare('UPDATE pipes_pipes SET current_state = ?, state_reason = ? WHERE arn = ?'),
      updateTags: db.prepare('UPDATE pipes_pipes SET tags = ? WHERE arn = ?'),
      delete: db.prepare('DELETE FROM pipes_pipes WHERE arn = ?'),
      checkpoint: db.prepare<[string, string], { sequence_number: string }>('SELECT sequence_number FROM pipes_shard_checkpoints WHERE pipe_arn = ? AND shard_id = ?'),
      saveCheckpoint: db.prepare(
        'INSERT INTO pipes_shard_checkpoints (pipe_arn, shard_id, sequence_number) VALUES (?, ?, ?) ON CONFLICT (pipe_arn, shard_id) DO UPDATE SET sequence_number = excluded.sequence_number',
      ),
      deleteCheckpoints: db.prepare('DELETE FROM pipes_shard_checkpoints WHERE pipe_arn = ?'),
    };
  }

  pipe(account: string, region: string, name: string): PipeRow | undefined {
    const row = this.statements.pipe.get(account, region, name);
    return row ? toPipe(row) : undefined;
  }

  pipeByArn(arn: string): PipeRow | undefined {
    const row = this.statements.pipeByArn.get(arn);
    return row ? toPipe(row) : undefined;
  }

  /** The pipes of an account and region, by name. */
  pipes(account: string, region: string): PipeRow[] {
    return this.statements.pipesInScope.all(account, region).map(toPipe);
  }

  allPipes(): PipeRow[] {
    return this.statements.allPipes.all().map(toPipe);
  }

  insert(pipe: PipeRow): void {
    this.statements.insert.run({
      ...pipe,
      definition: JSON.stringify(pipe.definition),
      tags: JSON.stringify(pipe.tags),
    });
  }

  updateDefinition(arn: string, definition: PipeDefinition, desiredState: DesiredState, currentState: CurrentState, at: number): void {
    this.statements.updateDefinition.run(JSON.stringify(definition), desiredState, currentState, at, arn);
  }

  /** A state change the caller asked for (Start, Stop, Delete): LastModifiedTime moves. */
  setStates(arn: string, desiredState: DesiredState, currentState: CurrentState, stateReason: string | null, at: number): void {
    this.statements.updateState.run(desiredState, currentState, stateReason, at, arn);
  }

  /** A transition Pipes makes by itself (CREATING → RUNNING). */
  setCurrentState(arn: string, currentState: CurrentState, stateReason: string | null): void {
    this.statements.updateCurrentState.run(currentState, stateReason, arn);
  }

  setTags(arn: string, tags: Record<string, string>): void {
    this.statements.updateTags.run(JSON.stringify(tags), arn);
  }

  delete(arn: string): void {
    this.store.transaction(() => {
      this.statements.delete.run(arn);
      this.statements.deleteCheckpoints.run(arn);
    });
  }

  checkpoint(pipeArn: string, shardId: string): string | undefined {
    return this.statements.checkpoint.get(pipeArn, shardId)?.sequence_number;
  }

  saveCheckpoint(pipeArn: string, shardId: string, sequenceNumber: string): void {
    this.statements.saveCheckpoint.run(pipeArn, shardId, sequenceNumber);
  }

  forgetCheckpoints(pipeArn: string): void {
    this.statements.deleteCheckpoints.run(pipeArn);
  }
}
