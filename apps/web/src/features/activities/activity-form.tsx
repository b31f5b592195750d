import {
  activityInputSchema,
  activityKinds,
  activityUpdateInputSchema,
  datePrecisions,
  gcmGuidingPrinciples,
  gcmObjectives,
  migrationSdgTargetCodes,
  type ActivityDetailView,
  type ActivityInput,
  type ActivityKind,
  type ActivityUpdateInput,
  type DatePrecision,
  type DateSpan,
  type OrganisationView,
} from '@compact-tracker/domain';
import { Field, FieldGroup } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useFormContext, type FieldError, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateFieldError } from '../../lib/form-errors';
import './activity-work.css';
import { resolveThrough } from '../../lib/form-resolver';
import { usePrincipleName } from '../readiness/principle-name';

/** Every precision's inputs live side by side, so switching precision back and forth loses nothing typed. */
export type DateSpanDraft = {
  precision: DatePrecision;
  date: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  fromMonth: string;
  toMonth: string;
  months: string[];
};

export type ActivityFormValues = {
  kind: ActivityKind | '';
  title: string;
  purpose: string;
  dateSpan: DateSpanDraft;
  leadOrganisationIds: string[];
  /** Check-box values, so numbers as text until they are sent. */
  gcmObjectiveNumbers: string[];
  sdgTargetCodes: string[];
  gcmPrincipleNumbers: string[];
};

/** The fields the edit form offers; status has its own command and the organisations their own editor. */
export const editableActivityFields = ['kind', 'title', 'purpose', 'dateSpan', 'gcmObjectiveNumbers', 'sdgTargetCodes', 'gcmPrincipleNumbers'] as const;
export type EditableActivityField = (typeof editableActivityFields)[number];

const defaultTimeZone = 'Asia/Tbilisi';

export const emptyActivityFormValues = (): ActivityFormValues => ({
  kind: '',
  title: '',
  purpose: '',
  dateSpan: { precision: 'day', date: '', startTime: '', endTime: '', timeZone: defaultTimeZone, fromMonth: '', toMonth: '', months: ['', ''] },
  leadOrganisationIds: [],
  gcmObjectiveNumbers: [],
  sdgTargetCodes: [],
  gcmPrincipleNumbers: [],
});

const toDateSpanDraft = (span: DateSpan): DateSpanDraft => {
  const draft = emptyActivityFormValues().dateSpan;
  switch (span.precision) {
    case 'day':
      return { ...draft, precision: span.precision, date: span.date };
    case 'day-time-window':
      return { ...draft, precision: span.precision, date: span.date, startTime: span.startTime, endTime: span.endTime, timeZone: span.timeZone };
    case 'month-range':
      return { ...draft, precision: span.precision, fromMonth: span.fromMonth, toMonth: span.toMonth };
    case 'month-choice':
      return { ...draft, precision: span.precision, months: [...span.months] };
  }
};

export const toActivityFormValues = (activity: ActivityDetailView): ActivityFormValues => ({
  kind: activity.kind,
  title: activity.title,
  purpose: activity.purpose,
  dateSpan: toDateSpanDraft(activity.dateSpan),
  leadOrganisationIds: activity.leadOrganisations.map((organisation) => organisation.id),
  gcmObjectiveNumbers: activity.gcmObjectiveNumbers.map(String),
  sdgTargetCodes: [...activity.sdgTargetCodes],
  gcmPrincipleNumbers: (activity.gcmPrincipleNumbers ?? []).map(String),
});

/** Only the fields of the chosen precision: the domain's schema refuses any other. */
const toDateSpanCandidate = (draft: DateSpanDraft): Record<string, unknown> => {
  switch (draft.precision) {
    case 'day':
      return { precision: draft.precision, date: draft.date };
    case 'day-time-window':
      return { precision: draft.precision, date: draft.date, startTime: draft.startTime, endTime: draft.endTime, timeZone: draft.timeZone.trim() };
    case 'month-range':
      return { precision: draft.precision, fromMonth: draft.fromMonth, toMonth: draft.toMonth };
    case 'month-choice':
      return { precision: draft.precision, months: draft.months };
  }
};

const toEditCandidate = (values: ActivityFormValues) => ({
  kind: values.kind,
  title: values.title,
  purpose: values.purpose,
  dateSpan: toDateSpanCandidate(values.dateSpan),
  // Sorted, so ticking boxes in another order is not a change.
  gcmObjectiveNumbers: values.gcmObjectiveNumbers.map(Number).sort((a, b) => a - b),
  sdgTargetCodes: [...values.sdgTargetCodes].sort(),
  gcmPrincipleNumbers: values.gcmPrincipleNumbers.map(Number).sort((a, b) => a - b),
});

const toCreateCandidate = (values: ActivityFormValues) => ({ ...toEditCandidate(values), leadOrganisationIds: values.leadOrganisationIds });

export const createActivityResolver: Resolver<ActivityFormValues, unknown, ActivityInput> = resolveThrough(
  zodResolver(activityInputSchema),
  toCreateCandidate,
);

export const editActivityResolver: Resolver<ActivityFormValues, unknown, ActivityUpdateInput> = resolveThrough(
  zodResolver(activityUpdateInputSchema),
  toEditCandidate,
);

/** The edit as the domain reads it, for comparing two versions of the form field by field. */
export const readEditableFields = (values: ActivityFormValues): Partial<Record<EditableActivityField, unknown>> => {
  const parsed = activityUpdateInputSchema.safeParse(toEditCandidate(values));
  return parsed.success ? parsed.data : toEditCandidate(values);
};

const isSame = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs between two versions of the form (e.g. what the reader changed). */
export const listDifferingFields = (values: ActivityFormValues, base: ActivityFormValues): EditableActivityField[] => {
  const ours = readEditableFields(values);
  const theirs = readEditableFields(base);
  return editableActivityFields.filter((field) => !isSame(ours[field], theirs[field]));
};

/** Only what the reader changed travels, so a save never rewrites a field someone else changed meanwhile. */
export const pickChangedFields = (input: ActivityUpdateInput, base: ActivityFormValues): ActivityUpdateInput => {
  const baseFields = readEditableFields(base);
  return Object.fromEntries(
    Object.entries(input).filter(([field, value]) => !isSame(value, baseFields[field as EditableActivityField])),
  ) as ActivityUpdateInput;
};

/**
 * After a lost version race: the latest saved values, except where the reader had changed a field, which keeps
 * the reader's value. Nothing typed is lost and nothing saved by someone else is silently undone.
 */
export const mergeOntoLatest = (values: ActivityFormValues, startedFrom: ActivityFormValues, latest: ActivityFormValues): ActivityFormValues => {
  const changedByReader = new Set(listDifferingFields(values, startedFrom));
  return {
    ...latest,
    kind: changedByReader.has('kind') ? values.kind : latest.kind,
    title: changedByReader.has('title') ? values.title : latest.title,
    purpose: changedByReader.has('purpose') ? values.purpose : latest.purpose,
    dateSpan: changedByReader.has('dateSpan') ? values.dateSpan : latest.dateSpan,
    gcmObjectiveNumbers: changedByReader.has('gcmObjectiveNumbers') ? values.gcmObjectiveNumbers : latest.gcmObjectiveNumbers,
    sdgTargetCodes: changedByReader.has('sdgTargetCodes') ? values.sdgTargetCodes : latest.sdgTargetCodes,
    gcmPrincipleNumbers: changedByReader.has('gcmPrincipleNumbers') ? values.gcmPrincipleNumbers : latest.gcmPrincipleNumbers,
  };
};

const precisionLabelKeys = {
  day: 'activityForm.precisionDay',
  'day-time-window': 'activityForm.precisionDayTime',
  'month-range': 'activityForm.precisionMonthRange',
  'month-choice': 'activityForm.precisionMonthChoice',
} as const satisfies Record<DatePrecision, string>;

const maximumMonthChoices = 12;

const listTimeZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Tbilisi', 'Europe/Berlin', 'Europe/Brussels', 'Europe/Geneva', 'Europe/London', 'America/New_York', 'UTC'];
  }
};

const MonthChoiceFields = () => {
  const { t } = useTranslation();
  const {
    watch,
    setValue,
    formState: { errors, isSubmitted },
  } = useFormContext<ActivityFormValues>();
  const months = watch('dateSpan.months');
  const monthErrors = errors.dateSpan?.months;
  // The schema answers for the whole list (too few, repeated) or for one entry (not a month).
  const listError = monthErrors && 'type' in monthErrors ? (monthErrors as FieldError) : undefined;
  const entryError = (index: number) => (Array.isArray(monthErrors) ? (monthErrors[index] as FieldError | undefined) : undefined);
  const update = (next: string[]) => setValue('dateSpan.months', next, { shouldDirty: true, shouldValidate: isSubmitted });

  return (
    <FieldGroup legend={t('activityForm.months')} error={translateFieldError(t, listError, 'months')}>
      <div className="form__months">
        {months.map((month, index) => (
          <div className="form__month" key={index}>
            <Field label={t('activityForm.monthNumber', { number: index + 1 })} error={translateFieldError(t, entryError(index), 'month')}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="month"
                  value={month}
                  onChange={(event) => update(months.map((current, at) => (at === index ? event.target.value : current)))}
                />
              )}
            </Field>
            {months.length > 2 ? (
              <button type="button" className="button button--quiet" onClick={() => update(months.filter((_, at) => at !== index))}>
                {t('activityForm.removeMonth', { number: index + 1 })}
              </button>
            ) : null}
          </div>
        ))}
      </div>
      {months.length < maximumMonthChoices ? (
        <div>
          <button type="button" className="button" onClick={() => update([...months, ''])}>
            {t('activityForm.addMonth')}
          </button>
        </div>
      ) : null}
    </FieldGroup>
  );
};

const DateSpanFields = () => {
  const { t } = useTranslation();
  const {
    register,
    watch,
    formState: { errors },
  } = useFormContext<ActivityFormValues>();
  const precision = watch('dateSpan.precision');
  const spanErrors = errors.dateSpan;

  return (
    <div className="form__date-span">
      <FieldGroup legend={t('activityForm.precision')} hint={t('activityForm.precisionHint')} isInline>
        {datePrecisions.map((option) => (
          <label key={option} className="choice">
            <input type="radio" value={option} {...register('dateSpan.precision')} />
            {t(precisionLabelKeys[option])}
          </label>
        ))}
      </FieldGroup>
      {precision === 'day' || precision === 'day-time-window' ? (
        <div className="form__row">
          <Field label={t('activityForm.date')} error={translateFieldError(t, spanErrors?.date, 'date')}>
            {(control) => <input {...control} {...register('dateSpan.date')} className="input" type="date" required />}
          </Field>
          {precision === 'day-time-window' ? (
            <>
              <Field label={t('activityForm.startTime')} error={translateFieldError(t, spanErrors?.startTime, 'time')}>
                {(control) => <input {...control} {...register('dateSpan.startTime')} className="input" type="time" required />}
              </Field>
              <Field label={t('activityForm.endTime')} error={translateFieldError(t, spanErrors?.endTime, 'endTime')}>
                {(control) => <input {...control} {...register('dateSpan.endTime')} className="input" type="time" required />}
              </Field>
              <Field label={t('activityForm.timeZone')} hint={t('activityForm.timeZoneHint')} error={translateFieldError(t, spanErrors?.timeZone, 'timeZone')}>
                {(control) => (
                  <>
                    <input {...control} {...register('dateSpan.timeZone')} className="input" list={`${control.id}-zones`} autoComplete="off" spellCheck={false} required />
                    <datalist id={`${control.id}-zones`}>
                      {listTimeZones().map((zone) => (
                        <option key={zone} value={zone} />
                      ))}
                    </datalist>
                  </>
                )}
              </Field>
            </>
          ) : null}
        </div>
      ) : null}
      {precision === 'month-range' ? (
        <div className="form__row">
          <Field label={t('activityForm.fromMonth')} error={translateFieldError(t, spanErrors?.fromMonth, 'month')}>
            {(control) => <input {...control} {...register('dateSpan.fromMonth')} className="input" type="month" required />}
          </Field>
          <Field label={t('activityForm.toMonth')} error={translateFieldError(t, spanErrors?.toMonth, 'toMonth')}>
            {(control) => <input {...control} {...register('dateSpan.toMonth')} className="input" type="month" required />}
          </Field>
        </div>
      ) : null}
      {precision === 'month-choice' ? <MonthChoiceFields /> : null}
    </div>
  );
};

/** Kind, title, purpose and the date at its precision: what both the add and the edit form ask. */
export const ActivityFields = () => {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<ActivityFormValues>();
  return (
    <>
      <div className="form__row">
        <Field label={t('activityForm.kind')} error={translateFieldError(t, errors.kind, 'choice')}>
          {(control) => (
            <select {...control} {...register('kind')} className="input" required>
              <option value="" disabled>{t('form.choose')}</option>
              {activityKinds.map((kind) => (
                <option key={kind} value={kind}>{t(`activityKind.${kind}`)}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('activityForm.title')} error={translateFieldError(t, errors.title)}>
        {(control) => <textarea {...control} {...register('title')} className="input input--wide" rows={2} required />}
      </Field>
      <Field label={t('activityForm.purpose')} error={translateFieldError(t, errors.purpose)}>
        {(control) => <textarea {...control} {...register('purpose')} className="input input--wide" rows={4} />}
      </Field>
      <DateSpanFields />
      <FrameworkLinkFields />
    </>
  );
};

/**
 * Links to the Global Compact's objectives and the migration-related SDG targets the activity serves. Each box is
 * named by its number only; the objective's wording describes it, so its words never pass for another field's name.
 */
const FrameworkLinkFields = () => {
  const { t } = useTranslation();
  const { register, watch } = useFormContext<ActivityFormValues>();
  const idPrefix = useId();
  const principleName = usePrincipleName();
  const count = watch('gcmObjectiveNumbers').length + watch('sdgTargetCodes').length + watch('gcmPrincipleNumbers').length;
  return (
    <details className="framework-links" open={count > 0}>
      <summary>{t('frameworks.pick', { count })}</summary>
      <div className="form__row form__row--top">
        <FieldGroup legend={t('frameworks.gcmObjectives')} hint={t('frameworks.gcmHint')}>
          <div className="choice-grid choice-grid--wide">
            {gcmObjectives.map((objective) => (
              <div key={objective.number} className="choice-described">
                <label className="choice">
                  <input type="checkbox" value={String(objective.number)} aria-describedby={`${idPrefix}-gcm-${objective.number}`} {...register('gcmObjectiveNumbers')} />
                  <span>{t('frameworks.gcmObjectiveNumber', { number: objective.number })}</span>
                </label>
                <span id={`${idPrefix}-gcm-${objective.number}`} className="choice-described__text">{objective.title}</span>
              </div>
            ))}
          </div>
        </FieldGroup>
        <FieldGroup legend={t('frameworks.sdgTargets')} hint={t('frameworks.sdgHint')}>
          {migrationSdgTargetCodes.map((code) => (
            <label key={code} className="choice">
              <input type="checkbox" value={code} {...register('sdgTargetCodes')} />
              <span>{t('frameworks.sdgTarget', { code })}</span>
            </label>
          ))}
        </FieldGroup>
        <FieldGroup legend={t('readiness.principleTags.legend')} hint={t('readiness.principleTags.hint')}>
          {gcmGuidingPrinciples.map((_, index) => (
            <label key={index} className="choice">
              <input type="checkbox" value={String(index + 1)} {...register('gcmPrincipleNumbers')} />
              <span>{principleName({ number: index + 1 })}</span>
            </label>
          ))}
        </FieldGroup>
      </div>
    </details>
  );
};

export const LeadOrganisationFields = ({ organisations }: { organisations: readonly OrganisationView[] }) => {
  const { t } = useTranslation();
  const {
    register,
    formState: { errors },
  } = useFormContext<ActivityFormValues>();
  const listError = errors.leadOrganisationIds;
  const firstProblem = Array.isArray(listError) ? (listError.find(Boolean) as FieldError | undefined) : (listError as FieldError | undefined);
  return (
    <FieldGroup
      legend={t('activityForm.leadOrganisations')}
      hint={t('activityForm.leadOrganisationsHint')}
      error={translateFieldError(t, firstProblem, 'organisations')}
    >
      <div className="choice-grid">
        {organisations.map((organisation) => (
          <label key={organisation.id} className="choice">
            <input type="checkbox" value={organisation.id} {...register('leadOrganisationIds')} />
            <span>
              {organisation.name}
              {organisation.shortName && !organisation.name.includes(organisation.shortName) ? <span className="muted"> ({organisation.shortName})</span> : null}
            </span>
          </label>
        ))}
      </div>
    </FieldGroup>
  );
};
