import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { AreaGeometry, PlanningProcedure, ProcedureType } from '@/api/types';
import { ErrorSummary } from '@/components/form/error-summary';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/textarea-field';
import { TextField } from '@/components/form/text-field';
import { useFormErrors, type FieldErrors } from '@/components/form/use-form-errors';
import { collectErrors } from '@/components/form/validation';
import { useCreateProcedure, useUpdateProcedure } from '@/features/planning/api/save-procedure';
import { AreaEditor } from '@/features/planning/components/area-editor';
import { TopicsInput } from '@/features/planning/components/topics-input';
import {
  LIMITS,
  PROCEDURE_TYPES,
  REFERENCE_PATTERN,
  isProcedureType,
} from '@/features/planning/constants';

/** The editable fields of a procedure. */
export interface ProcedureValues {
  reference: string;
  title: string;
  type: ProcedureType;
  district: string;
  summary: string;
  description: string;
  topics: string[];
  area: AreaGeometry | null;
}

export const emptyProcedureValues: ProcedureValues = {
  reference: '',
  title: '',
  type: 'bebauungsplan',
  district: '',
  summary: '',
  description: '',
  topics: [],
  area: null,
};

export function procedureValues(procedure: PlanningProcedure): ProcedureValues {
  return {
    reference: procedure.reference,
    title: procedure.title,
    type: procedure.type,
    district: procedure.district,
    summary: procedure.summary,
    description: procedure.description,
    topics: [...procedure.topics],
    area: procedure.area,
  };
}

const FIELDS = [
  'reference',
  'title',
  'type',
  'district',
  'summary',
  'description',
  'topics',
  'area',
] as const;

interface ProcedureFormProps {
  /** The procedure to change; without, a new draft is created. */
  procedure?: PlanningProcedure;
  initialValues: ProcedureValues;
  /** Districts to suggest (those of existing procedures). */
  districts?: readonly string[];
  onSaved: (procedure: PlanningProcedure) => void;
}

/** Master data and plan area of a procedure; creates a draft or saves changes. */
export function ProcedureForm({
  procedure,
  initialValues,
  districts = [],
  onSaved,
}: ProcedureFormProps) {
  const { t } = useTranslation();
  const create = useCreateProcedure();
  const update = useUpdateProcedure(procedure?.id ?? '');
  const mutation = procedure ? update : create;
  const [values, setValues] = useState(initialValues);
  const [saved, setSaved] = useState(false);

  const set = <K extends keyof ProcedureValues>(key: K, value: ProcedureValues[K]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const validate = (): FieldErrors | null => {
    const found: FieldErrors = {};
    const reference = values.reference.trim();
    if (!reference) found.reference = t('planner.errors.referenceRequired');
    else if (!REFERENCE_PATTERN.test(reference))
      found.reference = t('planner.errors.referenceInvalid');
    const title = values.title.trim();
    if (title.length < LIMITS.titleMin)
      found.title = t('planner.errors.titleTooShort', { min: LIMITS.titleMin });
    if (values.district.trim().length < LIMITS.districtMin)
      found.district = t('planner.errors.districtRequired');
    if (!values.area) found.area = t('planner.errors.areaRequired');
    return collectErrors(found);
  };

  const errors = useFormErrors({
    idPrefix: 'procedure',
    serverError: mutation.error,
    fields: FIELDS,
    failureTitle: t('planner.form.failed'),
    // A fixed field loses its error at once (e.g. the area once it is drawn).
    current: validate(),
  });
  const id = errors.fieldId;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    if (found || !values.area) {
      errors.rejectLocally(found ?? {});
      return;
    }
    errors.clearLocal();
    const input = {
      reference: values.reference.trim(),
      title: values.title.trim(),
      type: values.type,
      district: values.district.trim(),
      summary: values.summary.trim(),
      description: values.description,
      topics: values.topics,
      area: values.area,
    };
    const options = {
      onSuccess: (result: PlanningProcedure) => {
        setSaved(true);
        onSaved(result);
      },
      onError: errors.onServerError,
    };
    if (procedure) update.mutate(input, options);
    else create.mutate(input, options);
  };

  const districtListId = `${id('district')}-suggestions`;

  return (
    <form
      className="form form--wide procedure-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="procedure-form-heading"
    >
      {errors.summary ? (
        <ErrorSummary
          title={errors.summary.title}
          detail={errors.summary.detail}
          items={errors.summary.items}
          focusKey={errors.summary.focusKey}
        />
      ) : null}
      <p className="form__intro">{t('planner.form.required')}</p>

      <div className="form__row">
        <TextField
          id={id('reference')}
          label={t('planner.fields.reference')}
          hint={t('planner.fields.referenceHint')}
          value={values.reference}
          maxLength={LIMITS.reference}
          onChange={(event) => set('reference', event.target.value)}
          error={errors.errorOf('reference')}
          autoComplete="off"
          required
        />
        <SelectField
          id={id('type')}
          label={t('planner.fields.type')}
          value={values.type}
          onChange={(event) => {
            if (isProcedureType(event.target.value)) set('type', event.target.value);
          }}
          error={errors.errorOf('type')}
        >
          {PROCEDURE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`procedure.type.${type}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        id={id('title')}
        label={t('planner.fields.title')}
        value={values.title}
        maxLength={LIMITS.title}
        onChange={(event) => set('title', event.target.value)}
        error={errors.errorOf('title')}
        lang="de"
        required
      />
      <TextField
        id={id('district')}
        label={t('planner.fields.district')}
        hint={t('planner.fields.districtHint')}
        value={values.district}
        maxLength={LIMITS.district}
        list={districts.length > 0 ? districtListId : undefined}
        onChange={(event) => set('district', event.target.value)}
        error={errors.errorOf('district')}
        autoComplete="off"
        required
      />
      {districts.length > 0 ? (
        <datalist id={districtListId}>
          {districts.map((district) => (
            <option key={district} value={district} />
          ))}
        </datalist>
      ) : null}
      <TextAreaField
        id={id('summary')}
        label={t('planner.fields.summary')}
        hint={t('planner.fields.summaryHint')}
        value={values.summary}
        maxLength={LIMITS.summary}
        rows={3}
        onChange={(event) => set('summary', event.target.value)}
        error={errors.errorOf('summary')}
        lang="de"
      />
      <TextAreaField
        id={id('description')}
        label={t('planner.fields.description')}
        hint={t('planner.fields.descriptionHint')}
        value={values.description}
        maxLength={LIMITS.description}
        rows={8}
        onChange={(event) => set('description', event.target.value)}
        error={errors.errorOf('description')}
        lang="de"
      />
      <TopicsInput
        id={id('topics')}
        value={values.topics}
        onChange={(topics) => set('topics', topics)}
        error={errors.errorOf('topics')}
      />
      <AreaEditor
        id={id('area')}
        value={values.area}
        onChange={(area) => set('area', area)}
        error={errors.errorOf('area')}
      />

      <div className="form__actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending
            ? t('common.saving')
            : procedure
              ? t('planner.form.save')
              : t('planner.form.create')}
        </button>
        <p role="status" className="form__status">
          {saved && procedure ? t('planner.form.saved') : ''}
        </p>
      </div>
    </form>
  );
}
