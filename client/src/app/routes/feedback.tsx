import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { accessibilityEmail } from '@/config/site';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** How to report an accessibility barrier (BITV NRW feedback mechanism). */
export function FeedbackRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('feedback.documentTitle'));
  const mailto = `mailto:${accessibilityEmail}?subject=${encodeURIComponent(t('feedback.mailSubject'))}`;

  return (
    <article className="prose prose--page">
      <h1>{t('feedback.title')}</h1>
      <p>{t('feedback.intro')}</p>

      <h2>{t('feedback.howHeading')}</h2>
      <p>{t('feedback.how')}</p>
      <ul>
        <li>{t('feedback.itemPage')}</li>
        <li>{t('feedback.itemProblem')}</li>
        <li>{t('feedback.itemTools')}</li>
      </ul>
      <p>
        <a className="button" href={mailto}>
          {t('feedback.mailLink', { email: accessibilityEmail })}
        </a>
      </p>
      <p>{t('feedback.answer')}</p>
      <p>
        <Link to={paths.accessibility}>{t('feedback.statementLink')}</Link>
      </p>
    </article>
  );
}
