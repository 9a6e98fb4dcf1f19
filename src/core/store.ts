import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * An in-memory database is opened from an empty database image (sqlite3_deserialize), which
 * puts it on SQLite's memdb VFS: an in-memory file behind the normal page cache. A plain
 * ':memory:' database keeps every page in the cache, and each write transaction leaves the
 * lock-byte page (the 1 GiB mark) in it too, so every commit walked the cache's whole hash
 * table to drop that page again (pcache1TruncateUnsafe): an insert took 5 µs at 50k DynamoDB
 * items and 30 µs at 250k. On memdb with a small cache it stays flat. memdb holds at most
 * 1 GiB (SQLite's default memdb size limit); past that, --data-dir.
 */
function emptyDatabaseImage(): Buffer {
  const empty = new Database(':memory:');
  try {
    return empty.serialize();
  } finally {
    empty.close();
  }
}

/**
 * The one store: SQLite through better-sqlite3. In memory unless a data
 * directory is given; then durable (WAL, synchronous=FULL, so a write that was
 * acknowledged to a client is on disk). Each service keeps its own tables,
 * named with its prefix, and its SQL in its own state module.
 */
export class Store {
  /** Replaced only by loading a snapshot, while no service is running. */
  get db(): Database.Database {
    return this.database;
  }
  private database: Database.Database;
  readonly durable: boolean;
  private readonly dataDir: string | undefined;
  private blobRoot: string | undefined;
  private readonly ownsBlobRoot: boolean;
  private readonly schemas = new Set<string>();
  /** Statements prepared once per SQL text, for this database (a loaded snapshot's database starts afresh). */
  private readonly prepared = new Map<string, Database.Statement>();
  private readonly scratchDir: (() => string) | undefined;

  /**
   * `scratchDir`: where an in-memory store keeps its blob files (a folder of the process's
   * scratch space, so a crash leaves nothing the next start does not sweep).
   */
  constructor(options: { dataDir?: string; scratchDir?: () => string } = {}) {
    this.scratchDir = options.scratchDir;
    this.dataDir = options.dataDir;
    this.durable = Boolean(options.dataDir);
    if (options.dataDir) {
      mkdirSync(options.dataDir, { recursive: true });
      // A snapshot staged here when the process died half-way (see snapshot.ts) is of no use now.
      for (const name of readdirSync(options.dataDir)) if (name.startsWith('.staging-')) rmSync(join(options.dataDir, name), { recursive: true, force: true });
      this.blobRoot = join(options.dataDir, 'blobs');
      this.ownsBlobRoot = false;
    } else {
      this.ownsBlobRoot = true;
    }
    this.database = this.open();
  }

  private open(image?: Buffer): Database.Database {
    let db: Database.Database;
    if (this.dataDir) {
      db = new Database(join(this.dataDir, 'nimbus.sqlite'));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    } else {
      db = new Database(image ?? emptyDatabaseImage());
      // Pages of a memdb file are a memcpy away, and a commit's cost grows with the cache: keep it small.
      db.pragma('cache_size = -2000');
    }
    db.pragma('foreign_keys = ON');
    this.inTransaction = db.transaction((fn: () => unknown) => fn());
    return db;
  }

  /**
   * The statement for this SQL, prepared on first use and kept: state modules call it with constant
   * SQL text, so preparing is paid once per statement, not per request.
   */
  statement(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.database.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }

  /** Where blob files live, if any were ever written (for snapshots). */
  blobRootPath(): string | undefined {
    return this.blobRoot;
  }

  /**
   * Takes on a snapshot's state: its database image and its blob files (moved in from
   * `blobsDir`). Every service must be closed first; they reopen on the new state.
   */
  replaceWith(image: Buffer, blobsDir: string, freshScratch: () => string): void {
    this.database.close();
    this.schemas.clear();
    this.prepared.clear();
    if (this.dataDir) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(join(this.dataDir, `nimbus.sqlite${suffix}`), { force: true });
      writeFileSync(join(this.dataDir, 'nimbus.sqlite'), image);
    }
    this.database = this.open(image);
    if (this.blobRoot) rmSync(this.blobRoot, { recursive: true, force: true });
    if (!this.dataDir) this.blobRoot = freshScratch();
    rmSync(this.blobRoot!, { recursive: true, force: true });
    mkdirSync(dirname(this.blobRoot!), { recursive: true });
    if (existsSync(blobsDir)) renameSync(blobsDir, this.blobRoot!);
    else mkdirSync(this.blobRoot!, { recursive: true });
  }

  /**
   * A service's schema, as ordered migrations: `migrations[0]` makes version 1, `migrations[1]`
   * turns 1 into 2, and so on. The version a store has reached is kept in its nimbus_schema table,
   * so a data directory written by one release opens in the next, which runs only the migrations
   * that store has not had. (A plain list of statements is version 1.) Version 1 must be
   * idempotent (CREATE ... IF NOT EXISTS): stores written before versions were kept have its
   * tables already and no version.
   */
  ensureSchema(name: string, migrations: string[] | string[][]): void {
    if (this.schemas.has(name)) return;
    const steps = (migrations.length > 0 && Array.isArray(migrations[0]) ? migrations : [migrations]) as string[][];
    this.db.transaction(() => {
      this.db.exec('CREATE TABLE IF NOT EXISTS nimbus_schema (name TEXT PRIMARY KEY, version INTEGER NOT NULL)');
      const row = this.db.prepare('SELECT version FROM nimbus_schema WHERE name = ?').get(name) as { version: number } | undefined;
      const reached = row?.version ?? 0;
      if (reached > steps.length) {
        throw new Error(
          `The data directory ${this.dataDir ?? ''} was written by a newer Nimbus (its ${name} schema is version ${reached}; this release knows ${steps.length}). Start that release, or a newer one.`,
        );
      }
      for (let version = reached; version < steps.length; version++) {
        for (const sql of steps[version]) this.db.exec(sql);
      }
      this.db.prepare('INSERT INTO nimbus_schema (name, version) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version').run(name, steps.length);
    })();
    this.schemas.add(name);
  }

  /** The virtual clock's offset from real time, as last kept (0 for a new store). */
  clockOffset(): number {
    this.db.exec('CREATE TABLE IF NOT EXISTS nimbus_clock (id INTEGER PRIMARY KEY CHECK (id = 1), offset_ms REAL NOT NULL)');
    return (this.db.prepare('SELECT offset_ms FROM nimbus_clock WHERE id = 1').get() as { offset_ms: number } | undefined)?.offset_ms ?? 0;
  }

  keepClockOffset(offsetMs: number): void {
    this.db.prepare('INSERT INTO nimbus_clock (id, offset_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET offset_ms = excluded.offset_ms').run(offsetMs);
  }

  /** The schema version a service's tables have reached in this store (0: none yet). */
  schemaVersion(name: string): number {
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'nimbus_schema'").get();
    if (!exists) return 0;
    return (this.db.prepare('SELECT version FROM nimbus_schema WHERE name = ?').get(name) as { version: number } | undefined)?.version ?? 0;
  }

  /** Runs fn in one transaction: all of it lands or none. */
  transaction<T>(fn: () => T): T {
    return this.inTransaction(fn) as T;
  }

  /** One transaction function made once: better-sqlite3 builds a wrapper for each db.transaction() (about 6 µs). */
  private inTransaction!: (fn: () => unknown) => unknown;

  /** A folder for large blobs (S3 objects, Lambda code), made on first use. */
  blobDir(service: string): string {
    if (!this.blobRoot) {
      if (!this.scratchDir) throw new Error('an in-memory store needs a scratch folder for blobs');
      this.blobRoot = this.scratchDir();
    }
    const dir = join(this.blobRoot, service);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** Rows in a table, or undefined when the table does not exist yet (its service never ran). */
  /** Whether the table exists and holds at least one row. */
  hasRows(table: string): boolean {
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    return Boolean(exists && this.db.prepare(`SELECT 1 FROM "${table.replaceAll('"', '""')}" LIMIT 1`).get());
  }

  count(table: string): number | undefined {
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    if (!exists) return undefined;
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM "${table.replaceAll('"', '""')}"`).get() as { n: number }).n;
  }

  /** Empties the tables whose names start with `prefix`, and the service's blob folder: one service's reset. */
  resetService(prefix: string, blobFolder: string): void {
    this.emptyTables(this.tableNames().filter((name) => name.startsWith(prefix)));
    if (this.blobRoot) rmSync(join(this.blobRoot, blobFolder), { recursive: true, force: true });
  }

  private tableNames(): string[] {
    // The schema versions stay (the tables they describe stay too), and so does the clock: a reset does not undo time.
    const rows = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('nimbus_schema', 'nimbus_clock')").all() as { name: string }[];
    return rows.map((row) => row.name);
  }

  private emptyTables(names: string[]): void {
    this.db.pragma('foreign_keys = OFF');
    try {
      this.transaction(() => {
        for (const name of names) this.db.exec(`DELETE FROM "${name.replaceAll('"', '""')}"`);
      });
    } finally {
      this.db.pragma('foreign_keys = ON');
    }
  }

  /** Empties every table (the schema stays), for /_nimbus/reset. */
  reset(): void {
    this.emptyTables(this.tableNames());
    if (this.blobRoot) {
      rmSync(this.blobRoot, { recursive: true, force: true });
      if (this.ownsBlobRoot) this.blobRoot = undefined;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
    if (this.blobRoot && this.ownsBlobRoot) rmSync(this.blobRoot, { recursive: true, force: true });
  }

  describe(): { engine: string; durable: boolean; dataDir?: string } {
    return { engine: 'sqlite', durable: this.durable, dataDir: this.dataDir };
  }
}
