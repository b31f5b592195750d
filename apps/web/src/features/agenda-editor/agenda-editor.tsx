import {
  agendaItemKinds,
  personInputSchema,
  type ActivityDetailView,
  type AgendaFinding,
  type AgendaReplaceInput,
  type AgendaView,
  type PersonView,
} from '@compact-tracker/domain';
import { ConflictNotice, Field, FieldGroup } from '@compact-tracker/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { FormProvider, useFieldArray, useForm, useFormContext, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isApiError, isVersionConflict } from '../../lib/api-client';
import { applyServerFieldErrors, translateFieldError } from '../../lib/form-errors';
import { useIdempotencyKey } from '../../lib/idempotency';
import { describeAgendaFinding } from '../activities/agenda-findings';
import { activityAgendaQueryOptions, activityDetailQueryOptions } from '../activities/api';
import { organisationListQueryOptions } from '../organisations/api';
import {
  addMinutes,
  agendaDraftResolver,
  checkDraftTiming,
  createItemDraft,
  listAgendaFieldPaths,
  swapAdjacentItems,
  toAgendaDraft,
  type AgendaDraft,
} from './agenda-draft';
import { peopleQueryOptions, useCreatePerson, useSaveAgenda } from './api';

/** Refusals the API sent are shown as they came; the schema's own are said in the reader's language. */
const sayMinutesError = (t: TFunction, error: Pick<FieldError, 'type' | 'message'> | undefined) =>
  !error ? undefined : error.type === 'server' ? error.message : t('agendaEditor.minutesInvalid');

type FindingNote = { key: string; severity: AgendaFinding['severity']; message: string; items: readonly number[] };

const FindingList = ({ notes, id }: { notes: readonly FindingNote[]; id?: string }) => {
  const { t } = useTranslation();
  return (
    <ul className="ct-findings__list" id={id}>
      {notes.map((note) => (
        <li key={note.key} className="ct-finding" data-severity={note.severity}>
          <span className="ct-finding__severity">{t(`severity.${note.severity}`)}</span> <span className="ct-finding__message">{note.message}</span>
        </li>
      ))}
    </ul>
  );
};

type NewPersonFormProps = { onCreated: (person: PersonView) => void; onCancel: () => void };

/** Not a nested <form>: it sits inside the agenda form, so it submits by its own button. */
const NewPersonForm = ({ onCreated, onCancel }: NewPersonFormProps) => {
  const { t } = useTranslation();
  const create = useCreatePerson();
  const idempotency = useIdempotencyKey();
  const organisations = useQuery(organisationListQueryOptions());
  const [values, setValues] = useState({ honorific: '', name: '', title: '', organisationId: '', timeZone: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const headingId = useId();

  const submit = () => {
    const candidate = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
    const parsed = personInputSchema.safeParse(candidate);
    if (!parsed.success) {
      setProblems(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.path[0] === 'timeZone' ? t('validation.timeZone') : t('validation.required')])));
      return;
    }
    setProblems({});
    create.mutate(
      { input: parsed.data, idempotencyKey: idempotency.getKeyFor(parsed.data) },
      {
        onSuccess: (person) => {
          idempotency.reset();
          onCreated(person);
        },
      },
    );
  };
  const bind = (field: keyof typeof values) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  return (
    <div className="subpanel stack" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('agendaEditor.newPerson')}</h4>
      {create.isError ? <ErrorState error={create.error} headingLevel={3} /> : null}
      <div className="form__row">
        <Field label={t('agendaEditor.honorific')}>{(control) => <input {...control} {...bind('honorific')} className="input input--short" />}</Field>
        <Field label={t('agendaEditor.personName')} error={problems.name}>{(control) => <input {...control} {...bind('name')} className="input" required />}</Field>
      </div>
      <Field label={t('agendaEditor.personTitle')} error={problems.title}>{(control) => <input {...control} {...bind('title')} className="input input--wide" required />}</Field>
      <div className="form__row">
        <Field label={t('agendaEditor.personOrganisation')}>
          {(control) => (
            <select {...control} {...bind('organisationId')} className="input">
              <option value="">{t('form.none')}</option>
              {(organisations.data ?? []).map((organisation) => (
                <option key={organisation.id} value={organisation.id}>{organisation.shortName ?? organisation.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('agendaEditor.personTimeZone')} hint={t('agendaEditor.personTimeZoneHint')} error={problems.timeZone}>
          {(control) => <input {...control} {...bind('timeZone')} className="input" spellCheck={false} autoComplete="off" />}
        </Field>
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={submit} disabled={create.isPending}>
          {create.isPending ? t('agendaEditor.addingPerson') : t('agendaEditor.addPerson')}
        </button>
        <button type="button" className="button" onClick={onCancel}>{t('form.cancel')}</button>
      </div>
    </div>
  );
};

type ItemRowProps = { index: number; count: number; people: readonly PersonView[]; notes: readonly FindingNote[]; onMove: (from: number, to: number) => void; onRemove: (index: number) => void };

const ItemRow = ({ index, count, people, notes, onMove, onRemove }: ItemRowProps) => {
  const { t } = useTranslation();
  const { register, watch, setValue, formState: { errors } } = useFormContext<AgendaDraft>();
  const speakers = useFieldArray<AgendaDraft, `items.${number}.speakers`>({ name: `items.${index}.speakers` });
  const [isAddingPerson, setIsAddingPerson] = useState(false);
  const item = watch(`items.${index}`);
  const itemErrors = errors.items?.[index];
  const findingsId = useId();
  const number = index + 1;
  const label = item.title.trim() || t('agendaEditor.itemNumber', { number });
  const end = addMinutes(item.start, Number(item.durationMinutes));
  const resize = (delta: number) => {
    const next = Math.max(5, (Number(item.durationMinutes) || 0) + delta);
    setValue(`items.${index}.durationMinutes`, String(next), { shouldDirty: true });
  };

  return (
    <li className="agenda-editor__item" data-agenda-item={index} data-has-problem={notes.some((note) => note.severity === 'error') || undefined} aria-label={label}>
      <div className="agenda-editor__item-head">
        <span className="agenda-editor__number" aria-hidden="true">{number}</span>
        <div className="agenda-editor__reorder" role="group" aria-label={t('agendaEditor.itemActions', { item: label })}>
          <button type="button" className="button button--quiet" onClick={() => onMove(index, index - 1)} disabled={index === 0}>
            <span aria-hidden="true">↑ </span>{t('agendaEditor.moveUp')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => onMove(index, index + 1)} disabled={index === count - 1}>
            <span aria-hidden="true">↓ </span>{t('agendaEditor.moveDown')}
          </button>
          <button type="button" className="button button--danger-quiet" onClick={() => onRemove(index)}>{t('agendaEditor.removeItem')}</button>
        </div>
      </div>
      <div className="form__row">
        <Field label={t('agendaEditor.start')} error={translateFieldError(t, itemErrors?.start, 'time')}>
          {(control) => <input {...control} {...register(`items.${index}.start`)} className="input" type="time" required aria-describedby={[control['aria-describedby'], notes.length ? findingsId : undefined].filter(Boolean).join(' ') || undefined} />}
        </Field>
        <Field label={t('agendaEditor.duration')} hint={end ? t('agendaEditor.endsAt', { time: end }) : undefined} error={sayMinutesError(t, itemErrors?.durationMinutes)}>
          {(control) => <input {...control} {...register(`items.${index}.durationMinutes`)} className="input input--short" type="number" min={1} step={5} inputMode="numeric" required />}
        </Field>
        <div className="agenda-editor__resize" role="group" aria-label={t('agendaEditor.resize', { item: label })}>
          <button type="button" className="button button--quiet" onClick={() => resize(-5)}>{t('agendaEditor.shorter')}</button>
          <button type="button" className="button button--quiet" onClick={() => resize(5)}>{t('agendaEditor.longer')}</button>
        </div>
        <Field label={t('agenda.kind')} error={translateFieldError(t, itemErrors?.kind, 'choice')}>
          {(control) => (
            <select {...control} {...register(`items.${index}.kind`)} className="input">
              {agendaItemKinds.map((kind) => <option key={kind} value={kind}>{t(`agendaKind.${kind}`)}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('agendaEditor.title')} error={translateFieldError(t, itemErrors?.title)}>
        {(control) => <input {...control} {...register(`items.${index}.title`)} className="input input--wide" required />}
      </Field>
      <label className="choice">
        <input type="checkbox" {...register(`items.${index}.hasQa`)} />
        {t('agendaEditor.hasQa')}
      </label>
      <FieldGroup legend={t('agenda.speakers')}>
        {speakers.fields.length === 0 ? <p className="muted">{t('agendaEditor.noSpeakers')}</p> : null}
        {speakers.fields.map((field, at) => (
          <div key={field.id} className="form__row agenda-editor__speaker">
            <Field label={t('agendaEditor.speaker', { number: at + 1 })} error={translateFieldError(t, itemErrors?.speakers?.[at]?.personId, 'choice')}>
              {(control) => (
                <select {...control} {...register(`items.${index}.speakers.${at}.personId`)} className="input">
                  <option value="" disabled>{t('form.choose')}</option>
                  {people.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.displayName}{person.organisation ? ` (${person.organisation.shortName ?? person.organisation.name})` : ''}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('agendaEditor.speakerMinutes')} error={sayMinutesError(t, itemErrors?.speakers?.[at]?.minutes)}>
              {(control) => <input {...control} {...register(`items.${index}.speakers.${at}.minutes`)} className="input input--short" type="number" min={1} inputMode="numeric" />}
            </Field>
            <button type="button" className="button button--quiet" onClick={() => speakers.remove(at)}>{t('agendaEditor.removeSpeaker', { number: at + 1 })}</button>
          </div>
        ))}
        <div className="toolbar">
          <button type="button" className="button" onClick={() => speakers.append({ personId: '', minutes: '5' })}>{t('agendaEditor.addSpeaker')}</button>
          <button type="button" className="button button--quiet" aria-expanded={isAddingPerson} onClick={() => setIsAddingPerson((open) => !open)}>{t('agendaEditor.newPerson')}</button>
        </div>
        {isAddingPerson ? (
          <NewPersonForm
            onCancel={() => setIsAddingPerson(false)}
            onCreated={(person) => {
              speakers.append({ personId: person.id, minutes: '5' });
              setIsAddingPerson(false);
            }}
          />
        ) : null}
      </FieldGroup>
      {notes.length > 0 ? <FindingList notes={notes} id={findingsId} /> : null}
    </li>
  );
};

type AgendaEditorProps = { activity: ActivityDetailView; agenda: AgendaView | undefined; onClose: (notice?: string) => void };

/** The speaker lists need the people before the form starts, so each select opens on its saved speaker. */
export const AgendaEditor = (props: AgendaEditorProps) => {
  const people = useQuery(peopleQueryOptions());
  if (people.isPending) return <LoadingState />;
  if (people.isError) return <ErrorState error={people.error} headingLevel={3} onRetry={() => void people.refetch()} />;
  return <AgendaEditorForm {...props} people={people.data} />;
};

/** For co-chairs: the schedule and every item, with the domain's timing check running on the draft as they type. */
const AgendaEditorForm = ({ activity, agenda, onClose, people }: AgendaEditorProps & { people: readonly PersonView[] }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveAgenda(activity.id);
  const [version, setVersion] = useState(activity.version);
  const [reloadedVersion, setReloadedVersion] = useState<number | null>(null);
  const [isReloading, setIsReloading] = useState(false);
  const form = useForm<AgendaDraft, unknown, AgendaReplaceInput>({ resolver: agendaDraftResolver, defaultValues: toAgendaDraft(activity, agenda) });
  const { register, handleSubmit, control, watch, getValues, setError, setFocus, formState: { errors } } = form;
  const items = useFieldArray({ control, name: 'items' });
  const headingId = useId();
  const draft = watch();

  useEffect(() => setFocus('schedule.windowStart'), [setFocus]);

  const findings = checkDraftTiming(draft);
  const getTitle = (position: number) => draft.items[position]?.title.trim() || t('agendaEditor.itemNumber', { number: position + 1 });
  const notes: FindingNote[] = findings.map((finding, at) => ({
    key: `${finding.code}-${at}`,
    severity: finding.severity,
    message: describeAgendaFinding(finding, getTitle, t),
    items: finding.items,
  }));

  const submit = handleSubmit((input) =>
    save.mutate(
      { input, version },
      {
        onSuccess: () => onClose(t('agendaEditor.saved')),
        onError: (error) => {
          if (isApiError(error) && error.status === 400) applyServerFieldErrors(error, setError, listAgendaFieldPaths(getValues()));
        },
      },
    ),
  );

  const loadLatest = async () => {
    setIsReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...activityDetailQueryOptions(activity.id), staleTime: 0 });
      void queryClient.invalidateQueries({ queryKey: activityAgendaQueryOptions(activity.id).queryKey });
      setVersion(fresh.version);
      setReloadedVersion(fresh.version);
      save.reset();
    } catch {
      // The page's own query shows why the activity could not be loaded.
    } finally {
      setIsReloading(false);
    }
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= getValues('items').length) return;
    items.replace(swapAdjacentItems(getValues('items'), from, to));
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-agenda-item="${to}"] button:not(:disabled)`)?.focus());
  };

  const scheduleErrors = errors.schedule;

  return (
    <FormProvider {...form}>
      <form className="form agenda-editor" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
        <h3 id={headingId}>{t('agendaEditor.heading')}</h3>
        {isVersionConflict(save.error) ? (
          <ConflictNotice
            title={t('conflict.title')}
            message={t('agendaEditor.conflict')}
            reloadLabel={t('conflict.reload')}
            reloadingLabel={t('conflict.reloading')}
            isReloading={isReloading}
            onReload={() => void loadLatest()}
          />
        ) : null}
        {save.isError && !isVersionConflict(save.error) ? <ErrorState error={save.error} headingLevel={3} /> : null}
        {reloadedVersion !== null && !save.isError ? (
          <p className="notice notice--info" role="status">{t('agendaEditor.reloaded', { version: reloadedVersion })}</p>
        ) : null}

        <fieldset className="agenda-editor__schedule">
          <legend>{t('agendaEditor.schedule')}</legend>
          <div className="form__row">
            <Field label={t('agenda.date')} error={translateFieldError(t, errors.date, 'date')}>
              {(control) => <input {...control} {...register('date')} className="input" type="date" required />}
            </Field>
            <Field label={t('agendaEditor.windowStart')} error={translateFieldError(t, scheduleErrors?.windowStart, 'time')}>
              {(control) => <input {...control} {...register('schedule.windowStart')} className="input" type="time" required />}
            </Field>
            <Field label={t('agendaEditor.windowEnd')} error={translateFieldError(t, scheduleErrors?.windowEnd, 'endTime')}>
              {(control) => <input {...control} {...register('schedule.windowEnd')} className="input" type="time" required />}
            </Field>
            <Field label={t('activityForm.timeZone')} hint={t('agendaEditor.zoneHint')} error={translateFieldError(t, scheduleErrors?.timeZone, 'timeZone')}>
              {(control) => <input {...control} {...register('schedule.timeZone')} className="input" spellCheck={false} autoComplete="off" required />}
            </Field>
          </div>
          <Field label={t('agenda.platform')} error={translateFieldError(t, scheduleErrors?.platform)}>
            {(control) => <input {...control} {...register('schedule.platform')} className="input input--wide" />}
          </Field>
        </fieldset>

        <section className="agenda-editor__check" aria-labelledby={`${headingId}-check`}>
          <h4 id={`${headingId}-check`}>{t('agenda.timingCheck')}</h4>
          <div aria-live="polite" role="status">
            {notes.length > 0 ? <FindingList notes={notes} /> : <p className="muted">{t('agenda.noFindings')}</p>}
          </div>
        </section>

        {items.fields.length === 0 ? <p className="muted">{t('agenda.noItems')}</p> : null}
        <ol className="agenda-editor__items" aria-label={t('agendaEditor.items')}>
          {items.fields.map((field, index) => (
              <ItemRow
                key={field.id}
                index={index}
                count={items.fields.length}
                people={people}
                notes={notes.filter((note) => note.items.includes(index))}
                onMove={move}
                onRemove={(at) => items.remove(at)}
              />
          ))}
        </ol>
        <div>
          <button type="button" className="button" onClick={() => items.append(createItemDraft(getValues('items'), getValues('schedule.windowStart')))}>
            {t('agendaEditor.addItem')}
          </button>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('form.saving') : t('agendaEditor.save')}
          </button>
          <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
        </div>
      </form>
    </FormProvider>
  );
};
