import type { TFunction } from 'i18next';

import type { Phase } from '@/api/types';
import type { PhaseAction } from '@/features/phases/api/phase-actions';
import { compareIsoDates, formatIsoDate, isIsoDate } from '@/features/phases/utils/dates';

/** The server's limits for a publicly shown reason (ReasonDto). */
export const REASON_MIN = 5;
export const REASON_MAX = 2000;

export interface PhaseActionErrors {
  endDate?: string;
  reason?: string;
}

function checkReason(reason: string, required: boolean, t: TFunction): string | undefined {
  const trimmed = reason.trim();
  if (!trimmed) return required ? t('phases.errors.reasonRequired') : undefined;
  if (trimmed.length < REASON_MIN) return t('phases.errors.reasonTooShort', { min: REASON_MIN });
  if (trimmed.length > REASON_MAX) return t('phases.errors.reasonTooLong', { max: REASON_MAX });
  return undefined;
}

/**
 * The dialog's checks before the server's: a reason for extending and closing (optional for
 * opening), and for extending a real date after the current end.
 */
export function checkPhaseAction(
  action: PhaseAction,
  phase: Pick<Phase, 'endDate'>,
  values: { reason: string; endDate: string },
  t: TFunction,
  language: string,
): PhaseActionErrors {
  const errors: PhaseActionErrors = {};
  if (action === 'extend') {
    if (!isIsoDate(values.endDate)) errors.endDate = t('phases.errors.dateRequired');
    else if (compareIsoDates(values.endDate, phase.endDate) <= 0) {
      errors.endDate = t('phases.errors.extendNotLater', {
        date: formatIsoDate(phase.endDate, language),
      });
    }
  }
  const reason = checkReason(values.reason, action !== 'open', t);
  if (reason) errors.reason = reason;
  return errors;
}
