import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import type { XPlanungProposal } from '@/api/types';
import { paths } from '@/config/paths';
import {
  ProcedureForm,
  emptyProcedureValues,
  type ProcedureValues,
} from '@/features/planning/components/procedure-form';
import { XPlanungImport } from '@/features/planning/components/xplanung-import';
import { XPlanungSummary } from '@/features/planning/components/xplanung-summary';
import { useDocumentTitle } from '@/hooks/use-document-title';

export interface CreatedState {
  created: true;
}

/** A new draft procedure: by hand, or prefilled from an XPlanung file. */
export function PlanningProcedureNewRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('planner.new.documentTitle'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const importFirst = searchParams.get('import') === 'xplanung';
  const [imported, setImported] = useState<{
    proposal: XPlanungProposal;
    fileName: string;
    values: ProcedureValues;
    version: number;
  } | null>(null);

  const onProposal = (proposal: XPlanungProposal, file: File) =>
    setImported((current) => ({
      proposal,
      fileName: file.name,
      version: (current?.version ?? 0) + 1,
      values: {
        ...emptyProcedureValues,
        reference: proposal.reference,
        title: proposal.title,
        type: proposal.type,
        district: proposal.district,
        area: proposal.area,
      },
    }));

  return (
    <div className="planner-page">
      <p className="back-link">
        <Link to={paths.planning}>{t('planner.backToList')}</Link>
      </p>
      <div className="page-intro">
        <h1>{t('planner.new.title')}</h1>
        <p className="lead">{t('planner.new.intro')}</p>
      </div>

      <XPlanungImport onProposal={onProposal} defaultOpen={importFirst} />
      {imported ? (
        <XPlanungSummary
          key={imported.version}
          proposal={imported.proposal}
          fileName={imported.fileName}
        />
      ) : null}

      <section aria-labelledby="procedure-form-heading" className="planner-section">
        <h2 id="procedure-form-heading">{t('planner.form.heading')}</h2>
        <ProcedureForm
          key={imported?.version ?? 0}
          initialValues={imported?.values ?? emptyProcedureValues}
          onSaved={(procedure) => {
            const state: CreatedState = { created: true };
            void navigate(paths.planningProcedure(procedure.id), { replace: true, state });
          }}
        />
      </section>
    </div>
  );
}
