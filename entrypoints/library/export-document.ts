import { annotationsToCsv } from '../../storage/export-csv';
import { exportFileName } from '../../storage/export-file-name';
import { serializeExport, toWebAnnotations } from '../../storage/export-json';
import { annotationsToMarkdown } from '../../storage/export-markdown';
import type { Annotation } from '../../storage/types';
import type { AnnotationExportKind } from './export-request';

/** A file ready to download. */
export interface ExportDocument {
  text: string;
  fileName: string;
  type: string;
}

/** The annotations as the chosen file: CSV in the given (library) order; Markdown and JSON sort themselves. */
export function exportDocument(
  kind: AnnotationExportKind,
  records: readonly Annotation[],
  now: Date = new Date(),
): ExportDocument {
  const fileName = exportFileName(kind, now);
  if (kind === 'csv') return { text: annotationsToCsv(records), fileName, type: 'text/csv;charset=utf-8' };
  if (kind === 'md')
    return { text: annotationsToMarkdown(records, { exportedAt: now }), fileName, type: 'text/markdown;charset=utf-8' };
  return {
    text: serializeExport(toWebAnnotations(records, { exportedAt: now })),
    fileName,
    type: 'application/json;charset=utf-8',
  };
}
