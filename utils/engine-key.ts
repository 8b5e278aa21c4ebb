import type { Analysis, AnalyzeOptions } from '../analysis/types';

/**
 * Where the analysis engine's script (entrypoints/analysis-engine.ts) leaves `analyzeInSteps` for the
 * content script, which runs it a stage per task.
 */
export const ENGINE_KEY = Symbol.for('govmark.analyzeInSteps');

/** analysis/index.ts's analyzeInSteps: analyze(), one stage per step. */
export type AnalyzeSteps = (text: string, options: AnalyzeOptions) => Generator<void, Analysis, void>;

export type EngineScope = typeof globalThis & {
  [ENGINE_KEY]?: AnalyzeSteps;
};
