import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { ResponseTemplate } from '@/api/types';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { CONTENT_LANGUAGE } from '@/config/site';
import { ActionError } from '@/features/assessment/components/action-error';
import { useSaveTemplate, useTemplates } from '@/features/assessment/api/templates';
import { ResultFields, type ResultValues } from '@/features/assessment/components/result-fields';

interface TemplatesManagerProps {
  procedureId: string;
  topics: readonly string[];
  onSaved: (message: string) => void;
}

/** Reusable responses by topic: the list, and a form to create or change one. */
export function TemplatesManager({ procedureId, topics, onSaved }: TemplatesManagerProps) {
  const { t } = useTranslation();
  const templates = useTemplates(procedureId);
  const [editing, setEditing] = useState<ResponseTemplate | 'new' | null>(null);

  return (
    <section aria-labelledby="assessment-templates-heading" className="assessment-section">
      <h2 id="assessment-templates-heading">{t('assessment.templates.heading')}</h2>
      {templates.isPending ? (
        <LoadingState label={t('assessment.templates.loading')} />
      ) : templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => void templates.refetch()} level={3} />
      ) : templates.data.length === 0 ? (
        <EmptyState title={t('assessment.templates.empty')} />
      ) : (
        <ul className="assessment-templates">
          {templates.data.map((template) => (
            <li key={template.id}>
              <span lang={CONTENT_LANGUAGE}>{template.title}</span>{' '}
              <span className="data-table__sub">
                {template.topic ?? t('assessment.templates.general')} ·{' '}
                {t(`assessment.result.${template.result}`)}
              </span>{' '}
              <button
                type="button"
                className="button button--link"
                aria-label={t('assessment.templates.editNamed', { title: template.title })}
                onClick={() => setEditing(template)}
              >
                {t('assessment.templates.edit')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <TemplateForm
          key={editing === 'new' ? 'new' : editing.id}
          procedureId={procedureId}
          template={editing === 'new' ? null : editing}
          topics={topics}
          onDone={(message) => {
            setEditing(null);
            if (message) onSaved(message);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setEditing('new')}
        >
          {t('assessment.templates.new')}
        </button>
      )}
    </section>
  );
}

function TemplateForm({
  procedureId,
  template,
  topics,
  onDone,
}: {
  procedureId: string;
  template: ResponseTemplate | null;
  topics: readonly string[];
  onDone: (message?: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveTemplate(procedureId);
  const [title, setTitle] = useState(template?.title ?? '');
  const [topic, setTopic] = useState(template?.topic ?? '');
  const [values, setValues] = useState<ResultValues>({
    result: template?.result ?? '',
    response: template?.text ?? '',
  });
  const [missing, setMissing] = useState(false);
  const fieldError = (field: string) =>
    save.error && 'fieldErrors' in save.error
      ? (save.error as { fieldErrors: { field: string; message: string }[] }).fieldErrors.find(
          (e) => e.field === field,
        )?.message
      : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !values.result || !values.response.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    save.mutate(
      {
        id: template?.id,
        input: {
          title,
          topic: topic || null,
          result: values.result,
          text: values.response,
        },
      },
      { onSuccess: (saved) => onDone(t('assessment.templates.saved', { title: saved.title })) },
    );
  };

  return (
    <form
      className="assessment-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="template-form-heading"
    >
      <h3 id="template-form-heading">
        {template ? t('assessment.templates.editHeading') : t('assessment.templates.newHeading')}
      </h3>
      {missing ? (
        <p className="field__error" role="alert">
          {t('assessment.templates.missing')}
        </p>
      ) : null}
      <TextField
        id="template-title"
        label={t('assessment.templates.title')}
        value={title}
        error={fieldError('title')}
        onChange={(event) => setTitle(event.target.value)}
      />
      <SelectField
        id="template-topic"
        label={t('assessment.filters.topic')}
        value={topic}
        error={fieldError('topic')}
        onChange={(event) => setTopic(event.target.value)}
      >
        <option value="">{t('assessment.templates.general')}</option>
        {topics.map((x) => (
          <option key={x} value={x} lang={CONTENT_LANGUAGE}>
            {x}
          </option>
        ))}
      </SelectField>
      <ResultFields
        id="template"
        values={values}
        onChange={setValues}
        templates={[]}
        errors={{ response: fieldError('text') }}
      />
      {save.isError && !fieldError('title') && !fieldError('topic') && !fieldError('text') ? (
        <ActionError error={save.error} />
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('assessment.templates.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
