import * as v from 'valibot';
import { AnnotationSchema } from './schemas';
import type { Annotation } from './types';

/**
 * A record some write path was about to store that the database's one schema refuses. The message names
 * the field and the limit; `issue` is valibot's, for a caller that words it its own way (the importer).
 */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
  constructor(readonly issue: v.BaseIssue<unknown>) {
    super(`invalid ${v.getDotPath(issue) ?? 'record'}: ${issue.message}`);
  }
}

/**
 * The one gate before anything is stored (add, edit, restore, import, library edits alike), so every stored
 * record is one the exporter can write and the importer read back. Returns the record as the schema leaves it.
 */
export function checkRecord(record: Annotation): Annotation {
  const result = v.safeParse(AnnotationSchema, record);
  if (!result.success) throw new InvalidRecordError(result.issues[0]);
  return result.output;
}
