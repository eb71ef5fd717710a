import { useTranslation } from 'react-i18next';

import { SelectField } from '@/components/form/select-field';
import type { ReportReason } from '@/config/moderation';

interface ReasonFieldProps<R extends ReportReason> {
  id: string;
  label: string;
  reasons: readonly R[];
  value: R | undefined;
  error?: string;
  onChange: (value: R | undefined) => void;
}

/**
 * A required choice of a moderation reason (docs/domain.md#3-moderation): a moderator's rejection or a
 * public report, labelled as the netiquette names them.
 */
export function ReasonField<R extends ReportReason>({
  id,
  label,
  reasons,
  value,
  error,
  onChange,
}: ReasonFieldProps<R>) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      value={value ?? ''}
      error={error}
      required
      onChange={(event) => onChange(reasons.find((reason) => reason === event.target.value))}
    >
      <option value="">{t('form.chooseReason')}</option>
      {reasons.map((reason) => (
        <option key={reason} value={reason}>
          {t(`moderation.reasons.${reason}`)}
        </option>
      ))}
    </SelectField>
  );
}
