import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-client';

/** The text to show for a failed request: the server's `detail`, else a generic message. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('common.networkError');
    if (error.detail) return error.detail;
  }
  return t('common.errorFallback');
}

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** Heading level: 1 where the error is the whole page. */
  level?: 1 | 2 | 3;
  title?: string;
}

export function ErrorState({ error, onRetry, level = 2, title }: ErrorStateProps) {
  const { t } = useTranslation();
  const Heading = `h${level}` as const;
  return (
    <div className="state state--error" role="alert">
      <Heading className="state__title">{title ?? t('common.errorTitle')}</Heading>
      <p>{errorMessage(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
