import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import {
  ModerationPage,
  type FilterChoices,
} from '@/features/moderation/components/moderation-page';
import { getProcedureQueryOptions } from '@/features/procedures/api/get-procedure';
import { useProcedures } from '@/features/procedures/api/get-procedures';
import { useQueueFilters } from '@/features/moderation/hooks/use-queue-filters';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** The filter choices come from the public procedures: their titles, phases and topics. */
function useFilterChoices(procedureId: string | undefined): FilterChoices {
  const procedures = useProcedures({});
  const procedure = useQuery({
    ...getProcedureQueryOptions(procedureId ?? ''),
    enabled: Boolean(procedureId),
  });
  const items = procedures.data?.items;
  const detail = procedureId ? procedure.data : undefined;
  return useMemo(
    () => ({
      procedures: (items ?? []).map((p) => ({ value: p.id, label: `${p.reference} – ${p.title}` })),
      phases: (detail?.phases ?? []).map((phase) => ({ value: phase.id, label: phase.title })),
      topics: detail?.topics ?? [],
    }),
    [items, detail],
  );
}

/** /moderation – the queue for moderators. */
export function ModerationRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('moderation.documentTitle'));
  const [filters, setFilters] = useQueueFilters();
  const choices = useFilterChoices(filters.procedureId);
  return <ModerationPage filters={filters} onFiltersChange={setFilters} choices={choices} />;
}
