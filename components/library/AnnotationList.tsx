import type { ReportGroup } from '../../entrypoints/library/group-annotations';
import type { AnnotationPatch } from '../../storage/types';
import { t } from '../../utils/i18n';
import AnnotationCard, { type AnnotationCardProps } from './AnnotationCard';

export interface AnnotationListProps {
  /** The annotations to render now (one page's worth), grouped by report and page. */
  groups: readonly ReportGroup[];
  shown: number;
  total: number;
  onMore(): void;
  onSave(id: string, patch: AnnotationPatch): Promise<void>;
  onDelete(id: string): void | Promise<void>;
  onOpen?: AnnotationCardProps['onOpen'];
  onTag?(tag: string): void;
}

const isWebPage = (url: string) => /^https?:\/\//i.test(url);

/** Annotations grouped by report, then page; renders only what it is given, with "show more" for the rest. */
export default function AnnotationList({
  groups,
  shown,
  total,
  onMore,
  onSave,
  onDelete,
  onOpen,
  onTag,
}: AnnotationListProps) {
  return (
    <div class="gm-list">
      {groups.map((report) => (
        <section key={report.reportKey} class="gm-report" aria-label={report.name}>
          <h3 data-testid="govmark-report-title" lang="zh-CN">
            {report.name}
          </h3>
          {report.pages.map((page) => (
            <section key={page.url} class="gm-page">
              <h4 lang="zh-CN">
                {/* Only web pages become links: an imported `javascript:` address stays text. */}
                {isWebPage(page.url) ? (
                  <a href={page.url} target="_blank" rel="noopener noreferrer">
                    {page.title || page.url}
                  </a>
                ) : (
                  page.title || page.url
                )}
              </h4>
              <ul class="gm-cards">
                {page.items.map((a) => (
                  <AnnotationCard
                    key={a.id}
                    annotation={a}
                    onSave={onSave}
                    onDelete={onDelete}
                    onOpen={onOpen}
                    onTag={onTag}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      <p class="gm-count" role="status" data-testid="govmark-list-count" data-total={total}>
        {t('libraryShown', [String(Math.min(shown, total)), String(total)])}
      </p>
      {shown < total && (
        <button type="button" data-testid="govmark-load-more" onClick={onMore}>
          {t('libraryMore')}
        </button>
      )}
    </div>
  );
}
