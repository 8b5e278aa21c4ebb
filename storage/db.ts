import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, PageRecord } from './types';

/** The database's name in the extension's origin. */
export const DB_NAME = 'govmark';

/**
 * Each released schema, oldest first. Never edit one: add the next (STYLE.md, habit 8) and a fixture
 * test in db.test.ts that upgrades the previous version without loss.
 */
export const SCHEMAS = {
  1: { annotations: 'id, url, *tags, updated' },
  2: {
    annotations: 'id, url, *tags, reportKey, updated, [url+updated]',
    pages: 'url, reportKey, seenAt',
  },
} as const;

/** GovMark's IndexedDB. Lives in the extension's origin only: content scripts go through messages. */
export class GovMarkDB extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;
  pages!: EntityTable<PageRecord, 'url'>;

  /** Tests pass their own name and `{ indexedDB, IDBKeyRange }` from fake-indexeddb. */
  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMAS[1]);
    // v2: report keys group the pages of one report; v1 records had none, so they group by their own page.
    this.version(2)
      .stores(SCHEMAS[2])
      .upgrade((tx) =>
        tx
          .table('annotations')
          .toCollection()
          .modify((record: Partial<Annotation>) => {
            if (!record.reportKey) record.reportKey = record.url ?? '';
          }),
      );
  }
}

/** The one database instance; Dexie opens it lazily on first use. */
export const db = new GovMarkDB();
