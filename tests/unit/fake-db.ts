import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { GovMarkDB } from '../../storage/db';

/** A fresh, empty IndexedDB (fake-indexeddb) for one test, so tests never share state. */
export function freshIndexedDB(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A GovMarkDB on its own fresh fake IndexedDB. */
export function makeTestDb(name = 'govmark'): GovMarkDB {
  return new GovMarkDB(name, freshIndexedDB());
}
