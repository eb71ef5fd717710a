import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { REJECTION_REASONS } from '@/config/moderation';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** /netiquette – the public rules for published statements and what moderation does. */
export function NetiquetteRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('netiquette.documentTitle'));

  return (
    <article className="prose prose--page">
      <h1>{t('netiquette.title')}</h1>
      <p className="lead">{t('netiquette.intro')}</p>

      <h2>{t('netiquette.rulesHeading')}</h2>
      <p>{t('netiquette.rulesIntro')}</p>
      <ul>
        {REJECTION_REASONS.map((reason) => (
          <li key={reason}>
            <strong>{t(`moderation.reasons.${reason}`)}:</strong> {t(`netiquette.rules.${reason}`)}
          </li>
        ))}
      </ul>

      <h2>{t('netiquette.moderationHeading')}</h2>
      <p>{t('netiquette.moderation')}</p>
      <p>{t('netiquette.stillConsidered')}</p>

      <h2>{t('netiquette.reportHeading')}</h2>
      <p>{t('netiquette.report')}</p>

      <p>
        <Link to={paths.home}>{t('common.backToOverview')}</Link>
      </p>
    </article>
  );
}
