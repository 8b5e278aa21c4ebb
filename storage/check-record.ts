import { AnnotationSchema, parsePayload } from './schemas';
import type { Annotation } from './types';

/** A record some write path was about to store that the database's one schema refuses; the message names the limit. */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}

/**
 * The one gate before anything is stored (add, edit, restore, import, library edits alike), so every stored
 * record is one the exporter can write and the importer read back. Returns the record as the schema leaves it.
 */
export function checkRecord(record: Annotation): Annotation {
  const parsed = parsePayload(AnnotationSchema, record);
  if (!parsed.ok) throw new InvalidRecordError(parsed.error);
  return parsed.value;
}
