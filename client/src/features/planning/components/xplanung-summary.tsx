import { useTranslation } from 'react-i18next';

import type { XPlanungProposal } from '@/api/types';
import { useFocusOnMount } from '@/hooks/use-focus-on-mount';
import { localeOf } from '@/lib/i18n';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Known XPlanung date fields with a name for people; others are shown by their XPlanung name. */
const DATE_FIELDS = [
  'aufstellungsbeschlussDatum',
  'auslegungsStartDatum',
  'auslegungsEndDatum',
  'traegerbeteiligungsStartDatum',
  'traegerbeteiligungsEndDatum',
  'satzungsbeschlussDatum',
  'rechtsverordnungsDatum',
  'inkrafttretensDatum',
  'ausfertigungsDatum',
  'technHerstellDatum',
  'untergangsDatum',
  'veraenderungssperreDatum',
] as const;

function formatValue(value: string, language: string): string {
  if (!ISO_DATE.test(value)) return value;
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${value}T00:00:00Z`));
}

/** What the XPlanung import found, to check before saving. Takes focus when it appears. */
export function XPlanungSummary({
  proposal,
  fileName,
}: {
  proposal: XPlanungProposal;
  fileName: string;
}) {
  const { t, i18n } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const dates = Object.entries(proposal.dates);
  const label = (field: string) =>
    (DATE_FIELDS as readonly string[]).includes(field)
      ? t(`planner.xplanung.dates.${field as (typeof DATE_FIELDS)[number]}`)
      : field;

  return (
    <div className="panel panel--success xplanung-summary">
      <h2 ref={headingRef} tabIndex={-1} className="panel__title">
        {t('planner.xplanung.doneHeading')}
      </h2>
      <p>
        {t('planner.xplanung.doneText', {
          file: fileName,
          version: proposal.xplanVersion,
          crs: proposal.sourceCrs,
        })}
      </p>
      {dates.length > 0 ? (
        <>
          <h3>{t('planner.xplanung.datesHeading')}</h3>
          <dl className="facts facts--inline">
            {dates.map(([field, value]) => (
              <div key={field}>
                <dt>{label(field)}</dt>
                <dd>
                  {(Array.isArray(value) ? value : [value])
                    .map((item) => formatValue(item, i18n.language))
                    .join(', ')}
                </dd>
              </div>
            ))}
          </dl>
          <p className="hint">{t('planner.xplanung.datesHint')}</p>
        </>
      ) : null}
    </div>
  );
}
