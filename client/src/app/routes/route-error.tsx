import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Shown inside the layout when a page fails to render. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('routeError.title'));
  if (import.meta.env.DEV) console.error(error);
  return (
    <div className="state state--error" role="alert">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.text')}</p>
      <p>
        <Link to={paths.feedback}>{t('footer.feedback')}</Link> ·{' '}
        <Link to={paths.home}>{t('common.toHome')}</Link>
      </p>
    </div>
  );
}
