import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { accessibilityEmail } from '@/config/site';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Accessibility statement following the EU model (Implementing Decision (EU) 2018/1523). */
export function AccessibilityRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('accessibility.documentTitle'));

  return (
    <article className="prose prose--page">
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <p>{t('accessibility.scope')}</p>

      <h2>{t('accessibility.complianceHeading')}</h2>
      <p>{t('accessibility.compliance')}</p>

      <h2>{t('accessibility.nonAccessibleHeading')}</h2>
      <p>{t('accessibility.nonAccessibleIntro')}</p>
      <ul>
        <li>{t('accessibility.nonAccessibleMap')}</li>
        <li>{t('accessibility.nonAccessibleDocuments')}</li>
        <li>{t('accessibility.nonAccessibleEasyLanguage')}</li>
      </ul>

      <h2>{t('accessibility.preparationHeading')}</h2>
      <p>{t('accessibility.preparation')}</p>

      <h2>{t('accessibility.feedbackHeading')}</h2>
      <p>
        <Trans
          i18nKey="accessibility.feedback"
          values={{ email: accessibilityEmail }}
          components={{ mail: <a href={`mailto:${accessibilityEmail}`} /> }}
        />
      </p>
      <p>
        <Link to={paths.feedback}>{t('accessibility.feedbackLink')}</Link>
      </p>

      <h2>{t('accessibility.enforcementHeading')}</h2>
      <p>{t('accessibility.enforcement')}</p>
    </article>
  );
}
