import type { Analysis, AnalyzeOptions } from './types';

export type * from './types';

/** Reads a text as an analyst would: is it a government work report, which numbers are targets, which bodies answer. */
export function analyze(_text: string, _options: AnalyzeOptions = {}): Analysis {
  // Placeholder until the recognisers land (issue 2); callers can already be wired against the contract.
  return { isReport: false, confidence: 0, reasons: [], targets: [], agencies: [] };
}
