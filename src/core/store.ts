import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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
  readonly db: Database.Database;
  readonly durable: boolean;
  private readonly dataDir: string | undefined;
  private blobRoot: string | undefined;
  private readonly ownsBlobRoot: boolean;
  private readonly schemas = new Set<string>();
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
      this.db = new Database(join(options.dataDir, 'nimbus.sqlite'));
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.blobRoot = join(options.dataDir, 'blobs');
      this.ownsBlobRoot = false;
    } else {
      this.db = new Database(emptyDatabaseImage());
      // Pages of a memdb file are a memcpy away, and a commit's cost grows with the cache: keep it small.
      this.db.pragma('cache_size = -2000');
      this.ownsBlobRoot = true;
    }
    this.db.pragma('foreign_keys = ON');
  }

  /**
   * Runs a service's schema once per store. `version` lets a service change
   * its schema later; statements must be idempotent (CREATE ... IF NOT EXISTS).
   */
  ensureSchema(name: string, statements: string[]): void {
    if (this.schemas.has(name)) return;
    this.db.transaction(() => {
      for (const sql of statements) this.db.exec(sql);
    })();
    this.schemas.add(name);
  }

  /** Runs fn in one transaction: all of it lands or none. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

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

  /** Empties every table (the schema stays), for /_nimbus/reset. */
  reset(): void {
    const tables = this.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    this.db.pragma('foreign_keys = OFF');
    try {
      this.transaction(() => {
        for (const { name } of tables) this.db.exec(`DELETE FROM "${name.replaceAll('"', '""')}"`);
      });
    } finally {
      this.db.pragma('foreign_keys = ON');
    }
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
