import { useTranslation } from 'react-i18next';

import type { ProcedureSummary } from '@/api/types';
import { localeOf } from '@/lib/i18n';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatDay(iso: string, locale: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "läuft bis 04.03.2025" / "beginnt am …" / "beendet am …" for a list entry. */
export function CurrentPhaseMeta({ phase }: { phase: ProcedureSummary['currentPhase'] }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  if (!phase) return <>{t('phases.list.none')}</>;
  return (
    <>
      <span className={`badge badge--phase-${phase.state}`}>
        {t(`phases.state.${phase.state}`)}
      </span>{' '}
      {t(`phases.list.${phase.state}`, {
        start: formatDay(phase.startDate, locale),
        end: formatDay(phase.endDate, locale),
      })}
    </>
  );
}
