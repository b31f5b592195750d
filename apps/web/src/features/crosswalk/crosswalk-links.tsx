import { crosswalkLinkUpdateInputSchema, type CrosswalkFit, type CrosswalkLinkUpdateInput, type CrosswalkLinkView } from '@compact-tracker/domain';
import { ConflictNotice, Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DeleteConfirmation } from '../../app/delete-confirmation';
import { useLoadLatest as useLoadLatestFrom } from '../../app/use-load-latest';
import { ErrorState } from '../../app/query-states';
import { isApiError, isVersionConflict } from '../../lib/api-client';
import { applyServerFieldErrors, translateFieldError } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { crosswalkMatrixQueryOptions, useDeleteLink, useUpdateLink } from './api';
import { FitChoices } from './link-form';
import { TargetName, useTargetName } from './target-name';

/** The link as it is saved now, or undefined when it could not be loaded or was deleted meanwhile. */
const useLoadLatestLink = (networkId: string, linkId: string) =>
  useLoadLatestFrom(crosswalkMatrixQueryOptions(networkId), (matrix) => matrix.rows.flatMap((row) => row.links).find((link) => link.id === linkId));

type EditValues = { fit: CrosswalkFit; rationale: string };
const editResolver = resolveThrough(zodResolver(crosswalkLinkUpdateInputSchema), (values: EditValues) => values);

type LinkPanelProps = { networkId: string; link: CrosswalkLinkView; onClose: (notice?: string) => void };

const EditLinkForm = ({ networkId, link, onClose }: LinkPanelProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  const update = useUpdateLink();
  const latest = useLoadLatestLink(networkId, link.id);
  const [version, setVersion] = useState(link.version);
  const [isGone, setIsGone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<EditValues, unknown, CrosswalkLinkUpdateInput>({ resolver: editResolver, defaultValues: { fit: link.fit, rationale: link.rationale } });

  useEffect(() => setFocus('rationale'), [setFocus]);

  const submit = handleSubmit((input) =>
    update.mutate(
      { id: link.id, input, version },
      {
        onSuccess: () => onClose(t('crosswalk.linkSaved')),
        onError: (error) => {
          if (isApiError(error)) applyServerFieldErrors(error, setError, ['fit', 'rationale']);
        },
      },
    ),
  );

  const reload = async () => {
    const fresh = await latest.load();
    if (!fresh) return setIsGone(true);
    setVersion(fresh.version);
    update.reset();
  };

  return (
    <form className="form subpanel" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h5 id={headingId} className="crosswalk-form__heading">{t('crosswalk.editLinkHeading')}</h5>
      {isGone ? <p className="notice notice--warning" role="alert">{t('crosswalk.linkGone')}</p> : null}
      {isVersionConflict(update.error) && !isGone ? (
        <ConflictNotice
          title={t('conflict.title')}
          message={t('crosswalk.linkConflict')}
          reloadLabel={t('conflict.reload')}
          reloadingLabel={t('conflict.reloading')}
          isReloading={latest.isLoading}
          onReload={() => void reload()}
        />
      ) : null}
      {update.isError && !isVersionConflict(update.error) ? <ErrorState error={update.error} headingLevel={3} /> : null}
      <FitChoices field={register('fit')} error={translateFieldError(t, errors.fit, 'choice')} />
      <Field label={t('crosswalk.rationale')} hint={t('crosswalk.rationaleHint')} error={translateFieldError(t, errors.rationale)}>
        {(control) => <textarea {...control} {...register('rationale')} className="input input--wide" rows={3} required />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending || isGone}>
          {update.isPending ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button" onClick={() => onClose()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
};

const DeleteLink = ({ networkId, link, onClose }: LinkPanelProps) => {
  const { t } = useTranslation();
  const remove = useDeleteLink();
  const latest = useLoadLatestLink(networkId, link.id);
  const [version, setVersion] = useState(link.version);

  const reload = async () => {
    const fresh = await latest.load();
    if (!fresh) return onClose(t('crosswalk.linkDeleted'));
    setVersion(fresh.version);
    remove.reset();
  };

  return (
    <DeleteConfirmation
      className="subpanel stack"
      conflictMessage={t('crosswalk.linkConflict')}
      isReloading={latest.isLoading}
      onReload={() => void reload()}
      error={remove.error}
      body={t('crosswalk.deleteLinkBody')}
      confirmLabel={t('crosswalk.confirmDeleteLink')}
      pendingLabel={t('crosswalk.deleting')}
      isPending={remove.isPending}
      onConfirm={() => remove.mutate({ id: link.id, version }, { onSuccess: () => onClose(t('crosswalk.linkDeleted')) })}
      onCancel={() => onClose()}
    />
  );
};

type OpenPanel = { linkId: string; mode: 'edit' | 'delete' } | null;

type CrosswalkLinksProps = { networkId: string; objectiveTitle: string; links: readonly CrosswalkLinkView[]; canWrite: boolean; onNotice: (notice: string) => void };

/** One strategy objective's links: what each points at, how well it fits and why; editable by those who may. */
export const CrosswalkLinks = ({ networkId, objectiveTitle, links, canWrite, onNotice }: CrosswalkLinksProps) => {
  const { t } = useTranslation();
  const nameOf = useTargetName();
  const captionId = useId();
  const [open, setOpen] = useState<OpenPanel>(null);
  if (links.length === 0) return <p className="muted">{t('crosswalk.noLinks')}</p>;

  const close = (notice?: string) => {
    setOpen(null);
    if (notice) onNotice(notice);
  };
  const toggle = (linkId: string, mode: 'edit' | 'delete') => setOpen((current) => (current?.linkId === linkId && current.mode === mode ? null : { linkId, mode }));
  const openLink = links.find((link) => link.id === open?.linkId);

  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table crosswalk-links">
          <caption id={captionId} className="ct-visually-hidden">{t('crosswalk.linksCaption', { title: objectiveTitle })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('crosswalk.linkedTo')}</th>
              <th scope="col">{t('crosswalk.fit')}</th>
              <th scope="col">{t('crosswalk.rationale')}</th>
              {canWrite ? <th scope="col"><span className="ct-visually-hidden">{t('crosswalk.actions')}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.id} data-kind={link.target.kind}>
                <th scope="row"><TargetName target={link.target} /></th>
                <td><span className="fit-badge" data-fit={link.fit}>{t(`crosswalk.fitName.${link.fit}`)}</span></td>
                <td className="crosswalk-links__rationale">{link.rationale}</td>
                {canWrite ? (
                  <td className="data-table__actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={`${t('crosswalk.editLink')} ${t('crosswalk.linkTo', { target: nameOf(link.target) })}`}
                      aria-expanded={open?.linkId === link.id && open.mode === 'edit'}
                      onClick={() => toggle(link.id, 'edit')}
                    >
                      {t('crosswalk.editLink')}
                    </button>
                    <button
                      type="button"
                      className="button button--danger-quiet"
                      aria-label={`${t('crosswalk.deleteLink')} ${t('crosswalk.linkTo', { target: nameOf(link.target) })}`}
                      aria-expanded={open?.linkId === link.id && open.mode === 'delete'}
                      onClick={() => toggle(link.id, 'delete')}
                    >
                      {t('crosswalk.deleteLink')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && openLink && open.mode === 'edit' ? <EditLinkForm key={openLink.id} networkId={networkId} link={openLink} onClose={close} /> : null}
      {open && openLink && open.mode === 'delete' ? <DeleteLink key={openLink.id} networkId={networkId} link={openLink} onClose={close} /> : null}
    </>
  );
};
