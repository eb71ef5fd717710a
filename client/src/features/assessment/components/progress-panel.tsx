import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useProgress } from '@/features/assessment/api/get-progress';

/** Assessed of all statements of the procedure, as a bar and in words. */
export function ProgressPanel({ procedureId }: { procedureId: string }) {
  const { t } = useTranslation();
  const progress = useProgress(procedureId);
  if (progress.isPending) return <LoadingState label={t('assessment.progress.loading')} />;
  if (progress.isError) {
    return <ErrorState error={progress.error} onRetry={() => void progress.refetch()} level={2} />;
  }
  const { assessed, total } = progress.data;
  const label = t('assessment.progress.label', { assessed, total });
  return (
    <div className="assessment-progress">
      <label htmlFor="assessment-progress-bar">{t('assessment.progress.heading')}</label>
      <progress id="assessment-progress-bar" max={Math.max(total, 1)} value={assessed}>
        {label}
      </progress>
      <p className="assessment-progress__text">{label}</p>
    </div>
  );
}
