import { useTranslation } from 'react-i18next';

import type { Phase } from '@/api/types';
import { CONTENT_LANGUAGE } from '@/config/site';
import { PlainText } from '@/features/phases/components/plain-text';
import { hasPublicNotice } from '@/features/phases/constants';
import { formatIsoDate } from '@/features/phases/utils/dates';

interface PublicNoticeProps {
  phase: Phase | null;
  procedure: { title: string; reference: string; district: string };
  /** Full address of the documents (the procedure page's document list). */
  documentsUrl: string;
}

/** Whether a phase has a public notice to show (formal phases, or any with notice data). */
export function showsPublicNotice(phase: Phase | null): phase is Phase {
  if (!phase || phase.state === 'closed') return false;
  return (
    hasPublicNotice(phase.kind) ||
    !!phase.notice.publishedOn ||
    !!phase.notice.environmentalInformation.trim() ||
    !!phase.notice.areaDescription.trim()
  );
}

/**
 * The public notice (Bekanntmachung) of a phase, from its notice fields (DOMAIN §1, §3(2)
 * BauGB): where the documents are, the period, the kinds of environmental information, how to
 * submit statements (preferably electronically, other ways possible), that late statements may
 * be disregarded, and the plan area in words.
 */
export function PublicNotice({ phase, procedure, documentsUrl }: PublicNoticeProps) {
  const { t, i18n } = useTranslation();
  if (!showsPublicNotice(phase)) return null;
  const language = i18n.language;
  const { notice } = phase;

  return (
    <section aria-labelledby="public-notice-heading" className="public-notice">
      <h2 id="public-notice-heading">{t('phases.notice.heading')}</h2>
      <p className="public-notice__intro">
        {notice.publishedOn
          ? t('phases.notice.publishedOn', {
              date: formatIsoDate(notice.publishedOn, language, 'long'),
            })
          : t('phases.notice.notYetPublished')}
      </p>
      <p>
        {t('phases.notice.subject', {
          kind: t(`phases.kind.${phase.kind}`),
          reference: procedure.reference,
        })}{' '}
        <span lang={CONTENT_LANGUAGE}>{procedure.title}</span>
      </p>
      <dl className="public-notice__fields">
        <div>
          <dt>{t('phases.notice.documents')}</dt>
          <dd>
            {t('phases.notice.documentsText')} <a href={documentsUrl}>{documentsUrl}</a>
          </dd>
        </div>
        <div>
          <dt>{t('phases.notice.period')}</dt>
          <dd>
            {t('phases.notice.periodText', {
              start: formatIsoDate(phase.startDate, language, 'full'),
              end: formatIsoDate(phase.endDate, language, 'full'),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('phases.notice.environmentalInformation')}</dt>
          <dd>
            {notice.environmentalInformation.trim() ? (
              <PlainText text={notice.environmentalInformation} lang={CONTENT_LANGUAGE} />
            ) : (
              t('phases.notice.noEnvironmentalInformation')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('phases.notice.statements')}</dt>
          <dd>
            <p>{t('phases.notice.statementsText')}</p>
            <p>{t('phases.notice.otherWays')}</p>
          </dd>
        </div>
        <div>
          <dt>{t('phases.notice.late')}</dt>
          <dd>{t('phases.notice.lateText')}</dd>
        </div>
        <div>
          <dt>{t('phases.notice.area')}</dt>
          <dd>
            {notice.areaDescription.trim() ? (
              <PlainText text={notice.areaDescription} lang={CONTENT_LANGUAGE} />
            ) : (
              t('phases.notice.areaFallback', { district: procedure.district })
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
