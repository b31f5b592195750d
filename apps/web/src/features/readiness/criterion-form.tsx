import {
  readinessStatuses,
  type EvidenceLink,
  type EvidenceLinkView,
  type ReadinessCriterionDetailView,
  type ReadinessStatus,
} from '@compact-tracker/domain';
import { Field, FieldGroup } from '@compact-tracker/ui';
import { useQuery } from '@tanstack/react-query';
import { useFormContext, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateFieldError } from '../../lib/form-errors';
import { organisationListQueryOptions } from '../organisations/api';
import { EvidenceEditor } from './evidence-editor';

/** What the criterion forms hold: text as typed, '' for "none", the evidence as the links the API takes. */
export type CriterionDraft = {
  title: string;
  description: string;
  ownerOrganisationId: string;
  dueDate: string;
  status: ReadinessStatus;
  evidence: EvidenceLink[];
};

/** The fields both forms can send, in the API's shape (blank description and due date mean none). */
export const toCriterionCandidate = (draft: CriterionDraft) => ({
  title: draft.title,
  description: draft.description.trim() === '' ? null : draft.description,
  ownerOrganisationId: draft.ownerOrganisationId,
  dueDate: draft.dueDate === '' ? null : draft.dueDate,
  status: draft.status,
  evidence: draft.evidence,
});

/** A link as the API takes it, from how the API shows it. */
export const toEvidenceLink = (view: EvidenceLinkView): EvidenceLink => {
  switch (view.kind) {
    case 'activity':
      return { kind: 'activity', activityId: view.activityId };
    case 'deliverable':
      return { kind: 'deliverable', deliverableId: view.deliverableId };
    case 'indicator':
      return { kind: 'indicator', indicatorId: view.indicatorId };
    case 'document':
      return { kind: 'document', title: view.title, url: view.url };
  }
};

export const toCriterionDraft = (criterion: ReadinessCriterionDetailView): CriterionDraft => ({
  title: criterion.title,
  description: criterion.description ?? '',
  ownerOrganisationId: criterion.owner?.id ?? '',
  dueDate: criterion.dueDate ?? '',
  status: criterion.status,
  evidence: criterion.evidence.map(toEvidenceLink),
});

/** The first problem the schema or the API found with the evidence, in one place under the editor. */
const firstEvidenceError = (error: unknown): FieldError | undefined => {
  if (!error || typeof error !== 'object') return undefined;
  if ('type' in error && 'message' in error) return error as FieldError;
  for (const entry of Object.values(error as Record<string, unknown>)) {
    const found = firstEvidenceError(entry);
    if (found) return found;
  }
  return undefined;
};

type CriterionFieldsProps = {
  networkId: string;
  /** Only an evidence-based criterion has a status to set; a computed one follows live data. */
  hasStatus: boolean;
  knownEvidence: readonly EvidenceLinkView[];
};

/** Title, description, owner, due date, status and evidence: what the add and the edit form ask. */
export const CriterionFields = ({ networkId, hasStatus, knownEvidence }: CriterionFieldsProps) => {
  const { t } = useTranslation();
  const organisations = useQuery(organisationListQueryOptions());
  const {
    register,
    watch,
    setValue,
    formState: { errors, isSubmitted },
  } = useFormContext<CriterionDraft>();
  const evidenceError = firstEvidenceError(errors.evidence);
  return (
    <>
      <Field label={t('readiness.edit.title')} error={translateFieldError(t, errors.title)}>
        {(control) => <textarea {...control} {...register('title')} className="input input--wide" rows={2} required />}
      </Field>
      <Field label={t('readiness.edit.description')} error={translateFieldError(t, errors.description)}>
        {(control) => <textarea {...control} {...register('description')} className="input input--wide" rows={3} />}
      </Field>
      <div className="form__row">
        <Field label={t('readiness.edit.owner')} error={translateFieldError(t, errors.ownerOrganisationId, 'choice')}>
          {(control) => (
            <select {...control} {...register('ownerOrganisationId')} className="input" required>
              <option value="" disabled>{t('form.choose')}</option>
              {organisations.data?.map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('readiness.edit.dueDate')} hint={t('readiness.edit.dueDateHint')} error={translateFieldError(t, errors.dueDate, 'date')}>
          {(control) => <input {...control} {...register('dueDate')} className="input" type="date" />}
        </Field>
      </div>
      {hasStatus ? (
        <FieldGroup legend={t('readiness.edit.status')} hint={t('readiness.edit.statusHint')} error={errors.status ? (errors.status.type === 'server' ? errors.status.message : t('validation.chooseOne')) : undefined} isInline>
          {readinessStatuses.map((status) => (
            <label key={status} className="choice">
              <input type="radio" value={status} {...register('status')} />
              {t(`readiness.status.${status}`)}
            </label>
          ))}
        </FieldGroup>
      ) : null}
      <EvidenceEditor
        networkId={networkId}
        value={watch('evidence')}
        known={knownEvidence}
        error={evidenceError ? (evidenceError.type === 'server' ? evidenceError.message : translateFieldError(t, evidenceError)) : undefined}
        onChange={(next) => setValue('evidence', next, { shouldDirty: true, shouldValidate: isSubmitted })}
      />
    </>
  );
};
