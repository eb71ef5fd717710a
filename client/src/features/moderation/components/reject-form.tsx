import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ReasonField } from '@/components/form/reason-field';
import { TextAreaField } from '@/components/form/textarea-field';
import { REJECTION_REASONS, type RejectionReason } from '@/config/moderation';
import { DecisionForm } from '@/features/moderation/components/decision-form';

const REASON_ID = 'reject-reason';

interface RejectFormProps {
  pending: boolean;
  onSubmit: (reasonCode: RejectionReason, note: string | undefined) => void;
  onCancel: () => void;
}

/** Reject: a reason from docs/domain.md#3-moderation (required) and an internal note. */
export function RejectForm({ pending, onSubmit, onCancel }: RejectFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<RejectionReason | undefined>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    if (!reason) {
      setError(t('moderation.reject.reasonMissing'));
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    onSubmit(reason, note.trim() || undefined);
  };

  return (
    <DecisionForm
      id="reject-form"
      heading={t('moderation.reject.heading')}
      focusId={REASON_ID}
      submitLabel={t('moderation.reject.submit')}
      tone="danger"
      pending={pending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p className="hint">{t('moderation.reject.intro')}</p>
      <ReasonField
        id={REASON_ID}
        label={t('moderation.reject.reason')}
        reasons={REJECTION_REASONS}
        value={reason}
        error={error}
        onChange={(value) => {
          setReason(value);
          setError(undefined);
        }}
      />
      <TextAreaField
        id="reject-note"
        label={t('moderation.reject.note')}
        hint={t('moderation.reject.noteHint')}
        value={note}
        maxLength={2000}
        rows={3}
        onChange={(event) => setNote(event.target.value)}
      />
    </DecisionForm>
  );
}
