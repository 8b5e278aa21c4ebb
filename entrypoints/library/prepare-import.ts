import { listAll } from '../../storage/annotations';
import type { GovMarkDB } from '../../storage/db';
import { parseImport } from '../../storage/import';
import { type ImportPlan, planImport } from '../../storage/plan-import';

export type PreparedImport = { ok: true; plan: ImportPlan } | { ok: false; error: string };

/** Validates a file's text and plans its merge against what is stored now; writes nothing. */
export async function prepareImport(db: GovMarkDB, text: string): Promise<PreparedImport> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const stored = await listAll(db);
  return { ok: true, plan: planImport(parsed.records, new Map(stored.map((a) => [a.id, a]))) };
}
