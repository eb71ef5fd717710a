import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PlanningProcedure, PlanningStatus } from '@/api/types';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useUpdateProcedure } from '@/features/planning/api/save-procedure';

/** The status changes the server allows from each status. */
const NEXT: Record<PlanningStatus, readonly ('published' | 'archived')[]> = {
  draft: ['published'],
  published: ['archived'],
  archived: ['published'],
};

interface StatusActionsProps {
  procedure: Pick<PlanningProcedure, 'id' | 'title' | 'status' | 'area'>;
  onChanged: (message: string) => void;
}

/** Publish, archive, publish again – each after a confirmation that says what it means. */
export function StatusActions({ procedure, onChanged }: StatusActionsProps) {
  const { t } = useTranslation();
  const mutation = useUpdateProcedure(procedure.id);
  const [target, setTarget] = useState<'published' | 'archived' | null>(null);

  const actionKey = (next: 'published' | 'archived') =>
    next === 'archived' ? 'archive' : procedure.status === 'draft' ? 'publish' : 'republish';

  return (
    <div className="actions status-actions">
      {NEXT[procedure.status].map((next) => (
        <button
          key={next}
          type="button"
          className={next === 'archived' ? 'button button--secondary' : 'button'}
          onClick={() => {
            mutation.reset();
            setTarget(next);
          }}
        >
          {t(`planner.statusActions.${actionKey(next)}.button`)}
        </button>
      ))}
      {target ? (
        <ConfirmDialog
          title={t(`planner.statusActions.${actionKey(target)}.title`, { title: procedure.title })}
          confirmLabel={t(`planner.statusActions.${actionKey(target)}.confirm`)}
          pendingLabel={t('common.saving')}
          pending={mutation.isPending}
          error={mutation.error}
          onCancel={() => setTarget(null)}
          onConfirm={() =>
            mutation.mutate(
              { status: target },
              {
                onSuccess: () => {
                  onChanged(t(`planner.statusActions.${actionKey(target)}.done`));
                  setTarget(null);
                },
              },
            )
          }
        >
          <p>{t(`planner.statusActions.${actionKey(target)}.text`)}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
