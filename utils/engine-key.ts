import type { Analysis, AnalyzeOptions } from '../analysis/types';

/** Where the analysis engine's script (entrypoints/analysis-engine.ts) leaves `analyze` for the content script. */
export const ENGINE_KEY = Symbol.for('govmark.analyze');

export type EngineScope = typeof globalThis & {
  [ENGINE_KEY]?: (text: string, options: AnalyzeOptions) => Analysis;
};
