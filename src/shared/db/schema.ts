import type { Transaction } from 'dexie';
import { STORES_V1 } from './schema-v1';
import { STORES_V2, upgradeToV2 } from './schema-v2';

/**
 * Every schema version the database has had, oldest first, as data: the
 * database class declares them all (database.ts) and the upgrade tests open
 * the database at any earlier version to put rows in it (upgrade.test.ts).
 *
 * To change the schema, never edit a version that shipped. Add
 * `schema-v3.ts` with `STORES_V3` (every table, in full) and an
 * `upgradeToV3(tx)` that turns v2 rows into v3 rows, append it here, move the
 * types in records.ts to the v3 shape (keeping the v2 shape in schema-v3.ts
 * for the migration's input), and add a v2→v3 case to upgrade.test.ts.
 * Dexie runs each pending upgrade in order, so a v1 user reaching v3 passes
 * through v2's upgrade first (https://dexie.org/docs/Tutorial/Design#database-versioning).
 */
export interface SchemaVersion {
  readonly version: number;
  /** Dexie store specs: primary key first, then indexes (`*` multi-entry, `[a+b]` compound). */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Turns the previous version's rows into this version's; runs inside the upgrade transaction. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const DB_NAME = 'switchboard';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: STORES_V1 },
  { version: 2, stores: STORES_V2, upgrade: upgradeToV2 },
];

export const CURRENT_SCHEMA_VERSION = 2;
