import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Procedure } from '@/api/types';
import { CONTENT_LANGUAGE } from '@/config/site';
import { ProcedureAreaMap } from '@/features/procedures/components/procedure-area-map';
import { StatusBadge } from '@/features/procedures/components/procedure-meta';
import {
  bboxExtent,
  formatDate,
  formatDegrees,
  formatDistance,
} from '@/features/procedures/utils/format';

/** Plain text with blank lines between paragraphs; never interpreted as HTML. */
function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="prose__paragraph">
          {paragraph}
        </p>
      ))}
    </>
  );
}

/** A text description of the area for people who cannot use the map (DOMAIN §5). */
function AreaDescription({ procedure }: { procedure: Procedure }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [west, south, east, north] = procedure.bbox;
  const { width, height } = bboxExtent(procedure.bbox);
  return (
    <p id="area-description">
      {t('procedure.areaDescription', {
        district: procedure.district,
        south: formatDegrees(south, language),
        north: formatDegrees(north, language),
        west: formatDegrees(west, language),
        east: formatDegrees(east, language),
        width: formatDistance(width, language),
        height: formatDistance(height, language),
      })}
    </p>
  );
}

interface ProcedureDetailsProps {
  procedure: Procedure;
  /** Shown below the summary, e.g. the current consultation phase. */
  banner?: ReactNode;
  /** Sections after the description, e.g. phases, public notice, documents. */
  children?: ReactNode;
}

export function ProcedureDetails({ procedure, banner, children }: ProcedureDetailsProps) {
  const { t, i18n } = useTranslation();

  return (
    <article className="procedure">
      <header className="procedure__header">
        <p className="procedure__type">{t(`procedure.type.${procedure.type}`)}</p>
        <h1 lang={CONTENT_LANGUAGE}>{procedure.title}</h1>
        <p className="lead" lang={CONTENT_LANGUAGE}>
          {procedure.summary}
        </p>
        {banner}
      </header>

      <div className="procedure__layout">
        <section aria-labelledby="facts-heading" className="procedure__facts">
          <h2 id="facts-heading">{t('procedure.factsHeading')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('procedure.fields.reference')}</dt>
              <dd>{procedure.reference}</dd>
            </div>
            <div>
              <dt>{t('procedure.fields.type')}</dt>
              <dd>{t(`procedure.type.${procedure.type}`)}</dd>
            </div>
            <div>
              <dt>{t('procedure.fields.district')}</dt>
              <dd>{procedure.district}</dd>
            </div>
            <div>
              <dt>{t('procedure.fields.status')}</dt>
              <dd>
                <StatusBadge status={procedure.status} />
              </dd>
            </div>
            <div>
              <dt>{t('procedure.fields.publishedAt')}</dt>
              <dd>
                {procedure.publishedAt
                  ? formatDate(procedure.publishedAt, i18n.language)
                  : t('procedure.notPublished')}
              </dd>
            </div>
            <div>
              <dt>{t('procedure.fields.updatedAt')}</dt>
              <dd>{formatDate(procedure.updatedAt, i18n.language)}</dd>
            </div>
          </dl>
        </section>

        <div className="procedure__main">
          <section aria-labelledby="description-heading" className="prose">
            <h2 id="description-heading">{t('procedure.descriptionHeading')}</h2>
            <div lang={CONTENT_LANGUAGE}>
              <Paragraphs text={procedure.description} />
            </div>
          </section>

          {children}

          <section aria-labelledby="area-heading">
            <h2 id="area-heading">{t('procedure.areaHeading')}</h2>
            <AreaDescription procedure={procedure} />
            <ProcedureAreaMap procedure={procedure} describedBy="map-keyboard-hint" />
            <p id="map-keyboard-hint" className="hint">
              {t('map.keyboardHintArea')}
            </p>
          </section>
        </div>
      </div>
    </article>
  );
}
