import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { QueryGate } from '@/components/ui/query-gate';
import { paths } from '@/config/paths';
import { CONTENT_LANGUAGE } from '@/config/site';
import { PlannerPhases } from '@/features/phases/components/planner-phases';
import { usePlanningProcedure } from '@/features/planning/api/get-planning-procedure';
import { DocumentManager } from '@/features/planning/components/document-manager';
import { PlanningStatusBadge } from '@/features/planning/components/planning-status-badge';
import { ProcedureForm, procedureValues } from '@/features/planning/components/procedure-form';
import { StatusActions } from '@/features/planning/components/status-actions';
import { IntakeForm } from '@/features/statements/components/intake-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isNotFoundError } from '@/lib/api-client';

function wasJustCreated(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && 'created' in state && state.created === true
  );
}

/** The procedure editor: master data and area, status, documents and phases. */
export function PlanningProcedureRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const procedure = usePlanningProcedure(id);
  const [message, setMessage] = useState(() =>
    wasJustCreated(location.state) ? t('planner.editor.created') : '',
  );
  const notFound = procedure.isError && isNotFoundError(procedure.error);

  useDocumentTitle(
    procedure.data
      ? t('planner.editor.documentTitle', { title: procedure.data.title })
      : notFound
        ? t('procedure.notFoundTitle')
        : t('procedure.loading'),
  );

  const backLink = (
    <p className="back-link">
      <Link to={paths.planning}>{t('planner.backToList')}</Link>
    </p>
  );

  return (
    <QueryGate
      query={procedure}
      loadingLabel={t('procedure.loading')}
      notFound={{ title: t('procedure.notFoundTitle'), text: t('planner.editor.notFound') }}
      before={backLink}
    >
      {(data) => (
        <div className="planner-page">
          <header className="planner-header">
            <p className="procedure__type">{t(`procedure.type.${data.type}`)}</p>
            <h1 lang={CONTENT_LANGUAGE}>{data.title}</h1>
            <p className="planner-header__meta">
              <span>{data.reference}</span> <PlanningStatusBadge status={data.status} />
              {data.status !== 'draft' ? (
                <>
                  {' '}
                  <Link to={paths.procedure(data.id)}>{t('planner.editor.publicPage')}</Link>
                </>
              ) : null}
            </p>
            {/* Assessment (issue 7) */}
            <p>
              <Link to={paths.planningAssessment(data.id)} className="button button--secondary">
                {t('assessment.link')}
              </Link>
            </p>
            <div role="status" className="live-message">
              {message ? <p className="notice notice--success">{message}</p> : null}
            </div>
            <StatusActions procedure={data} onChanged={setMessage} />
          </header>

          <nav className="page-toc" aria-label={t('planner.editor.tocLabel')}>
            <ul>
              <li>
                <a href="#procedure-form-heading">{t('planner.form.heading')}</a>
              </li>
              <li>
                <a href="#documents-heading">{t('planner.documents.heading')}</a>
              </li>
              <li>
                <a href="#planner-phases-heading">{t('phases.planner.heading')}</a>
              </li>
              <li>
                <a href="#intake-heading">{t('statements.intake.heading')}</a>
              </li>
              <li>
                <Link to={paths.planningAssessment(data.id)}>{t('assessment.link')}</Link>
              </li>
            </ul>
          </nav>

          <section aria-labelledby="procedure-form-heading" className="planner-section">
            <h2 id="procedure-form-heading">{t('planner.form.heading')}</h2>
            <ProcedureForm
              key={data.id}
              procedure={data}
              initialValues={procedureValues(data)}
              onSaved={() => setMessage('')}
            />
          </section>

          <DocumentManager procedureId={data.id} documents={data.documents} />

          <PlannerPhases
            procedureId={data.id}
            phases={data.phases}
            receivedAt={procedure.dataUpdatedAt}
            procedureIsDraft={data.status === 'draft'}
          />

          {/* Statements that came by post, e-mail or in person (features/statements). */}
          <IntakeForm procedure={data} />
        </div>
      )}
    </QueryGate>
  );
}
