import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { AuditEntry, CallRecord, MetaEntry } from './records';
import { CURRENT_SCHEMA_VERSION, DB_NAME, SCHEMA_VERSIONS } from './schema';

/**
 * The one IndexedDB database of the extension (STYLE.md practice 7). The
 * offscreen document owns writes to `calls` (call-log.ts); views read through
 * queries.ts. Content scripts never open it: they run in the page's origin,
 * where this database does not exist.
 *
 * `options` exists for tests and the benchmark, which pass a fresh
 * fake-indexeddb factory so that each gets an isolated database.
 */
export class SwitchboardDb extends Dexie {
  // `declare`, not `!`: a class field would be re-initialised to undefined after
  // Dexie's constructor has defined the tables (useDefineForClassFields).
  declare readonly calls: EntityTable<CallRecord, 'id'>;
  declare readonly audit: EntityTable<AuditEntry, 'id'>;
  declare readonly meta: EntityTable<MetaEntry, 'key'>;

  constructor(options?: DexieOptions) {
    super(DB_NAME, options);
    declareVersions(this, CURRENT_SCHEMA_VERSION);
  }
}

function declareVersions(db: Dexie, upTo: number): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const declared = db.version(version).stores({ ...stores });
    if (upgrade) declared.upgrade(upgrade);
  }
}

/**
 * The database as an older build of the extension declared it, up to
 * `version`: upgrade tests open it to store old rows, then open SwitchboardDb
 * on the same factory to watch them migrate. Untyped on purpose, since its
 * rows have an older shape than records.ts describes.
 */
export function openAtVersion(version: number, options?: DexieOptions): Dexie {
  if (!SCHEMA_VERSIONS.some((v) => v.version === version)) throw new RangeError(`No schema version ${version}`);
  const db = new Dexie(DB_NAME, options);
  declareVersions(db, version);
  return db;
}
