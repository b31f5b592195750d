import {
  createUserInputSchema,
  minimumPasswordLength,
  roles,
  updateUserInputSchema,
  type CreateUserInput,
  type Role,
  type SessionUserView,
  type UpdateUserInput,
  type UserView,
} from '@compact-tracker/domain';
import { ConflictNotice, Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isApiError, isVersionConflict } from '../../lib/api-client';
import { applyServerFieldErrors, translateFieldError } from '../../lib/form-errors';
import { resolveThrough } from '../../lib/form-resolver';
import { useIdempotencyKey } from '../../lib/idempotency';
import { organisationListQueryOptions } from '../organisations/api';
import { useSession } from '../session/api';
import { buildSignInPath } from '../session/safe-return-path';
import { useCreateUser, useUpdateUser, userListQueryOptions } from './api';

type NewUserValues = { email: string; displayName: string; password: string; role: Role | ''; organisationId: string };

const emptyNewUser: NewUserValues = { email: '', displayName: '', password: '', role: '', organisationId: '' };
const newUserResolver = resolveThrough(zodResolver(createUserInputSchema), (values: NewUserValues) => values);
const newUserFields = ['email', 'displayName', 'password', 'role', 'organisationId'];

const CreateUserForm = ({ onCreated }: { onCreated: (user: UserView) => void }) => {
  const { t } = useTranslation();
  const organisations = useQuery(organisationListQueryOptions());
  const create = useCreateUser();
  const idempotency = useIdempotencyKey();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<NewUserValues, unknown, CreateUserInput>({ resolver: newUserResolver, defaultValues: emptyNewUser });

  const submit = handleSubmit((input) =>
    create.mutate(
      { input, idempotencyKey: idempotency.getKeyFor(input) },
      {
        onSuccess: (user) => {
          idempotency.reset();
          reset(emptyNewUser);
          onCreated(user);
        },
        onError: (error) => {
          if (isApiError(error)) applyServerFieldErrors(error, setError, newUserFields);
        },
      },
    ),
  );

  return (
    <form className="form users-form" noValidate aria-labelledby="new-user-heading" onSubmit={(event) => void submit(event)}>
      {create.isError ? <ErrorState error={create.error} headingLevel={3} /> : null}
      <div className="form__row">
        <Field label={t('users.email')} error={translateFieldError(t, errors.email, 'email')}>
          {(control) => <input {...control} {...register('email')} className="input" type="email" autoComplete="off" required />}
        </Field>
        <Field label={t('users.displayName')} error={translateFieldError(t, errors.displayName)}>
          {(control) => <input {...control} {...register('displayName')} className="input" autoComplete="off" required />}
        </Field>
      </div>
      <Field
        label={t('users.password')}
        hint={t('users.passwordHint', { min: minimumPasswordLength })}
        error={translateFieldError(t, errors.password, 'newPassword')}
      >
        {(control) => (
          <input {...control} {...register('password')} className="input" type="password" autoComplete="new-password" minLength={minimumPasswordLength} required />
        )}
      </Field>
      <div className="form__row">
        <Field label={t('users.role')} error={translateFieldError(t, errors.role, 'choice')}>
          {(control) => (
            <select {...control} {...register('role')} className="input" required>
              <option value="" disabled>{t('form.choose')}</option>
              {roles.map((role) => (
                <option key={role} value={role}>{t(`role.${role}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('users.organisation')} error={translateFieldError(t, errors.organisationId, 'choice')}>
          {(control) => (
            <select {...control} {...register('organisationId')} className="input" required>
              <option value="" disabled>{t('users.chooseOrganisation')}</option>
              {(organisations.data ?? []).map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.shortName && !organisation.name.includes(organisation.shortName) ? `${organisation.name} (${organisation.shortName})` : organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('users.creating') : t('users.create')}
        </button>
      </div>
    </form>
  );
};

type UserRowProps = {
  user: UserView;
  isSelf: boolean;
  isBusy: boolean;
  onUpdate: (user: UserView, input: UpdateUserInput) => void;
};

const UserRow = ({ user, isSelf, isBusy, onUpdate }: UserRowProps) => {
  const { t } = useTranslation();
  // The role being chosen stays the reader's choice when the list is reloaded after a version race.
  const [chosenRole, setChosenRole] = useState<Role>(user.role);
  const isLocked = isSelf || isBusy;
  return (
    <tr data-active={user.isActive}>
      <th scope="row" className="users__name">
        {user.displayName}
        {isSelf ? <span className="muted"> ({t('users.you')})</span> : null}
        <span className="users__email">{user.email}</span>
      </th>
      <td>
        <div className="users__role">
          <select
            className="input"
            aria-label={t('users.roleOf', { name: user.displayName })}
            value={chosenRole}
            disabled={isSelf}
            onChange={(event) => setChosenRole(event.target.value as Role)}
          >
            {roles.map((role) => (
              <option key={role} value={role}>{t(`role.${role}`)}</option>
            ))}
          </select>
          {chosenRole !== user.role ? (
            <button
              type="button"
              className="button"
              disabled={isLocked}
              aria-label={t('users.changeRoleNamed', { name: user.displayName })}
              onClick={() => onUpdate(user, { role: chosenRole })}
            >
              {t('users.changeRole')}
            </button>
          ) : null}
        </div>
      </td>
      <td>{user.organisation.shortName ?? user.organisation.name}</td>
      <td>
        <span className="user-state" data-active={user.isActive}>{user.isActive ? t('users.active') : t('users.inactive')}</span>
      </td>
      <td>
        {isSelf ? (
          <span className="muted users__self-note">{t('users.selfLocked')}</span>
        ) : (
          <button
            type="button"
            className={user.isActive ? 'button button--danger-quiet' : 'button'}
            disabled={isLocked}
            aria-label={user.isActive ? t('users.deactivateNamed', { name: user.displayName }) : t('users.reactivateNamed', { name: user.displayName })}
            onClick={() => onUpdate(user, { isActive: !user.isActive })}
          >
            {user.isActive ? t('users.deactivate') : t('users.reactivate')}
          </button>
        )}
      </td>
    </tr>
  );
};

const UserAdministration = ({ me }: { me: SessionUserView }) => {
  const { t } = useTranslation();
  const users = useQuery(userListQueryOptions());
  const update = useUpdateUser();
  const [notice, setNotice] = useState<string | null>(null);
  const [isListReloaded, setIsListReloaded] = useState<boolean>(false);
  const captionId = useId();

  const applyUpdate = (user: UserView, input: UpdateUserInput) => {
    setNotice(null);
    setIsListReloaded(false);
    update.mutate(
      { id: user.id, input: updateUserInputSchema.parse(input), version: user.version },
      {
        onSuccess: (saved) => {
          if (input.role) setNotice(t('users.roleChanged', { name: saved.displayName, role: t(`role.${saved.role}`) }));
          else setNotice(saved.isActive ? t('users.reactivated', { name: saved.displayName }) : t('users.deactivated', { name: saved.displayName }));
        },
      },
    );
  };

  const loadLatest = async () => {
    const result = await users.refetch();
    if (result.data) {
      update.reset();
      setIsListReloaded(true);
    }
  };

  return (
    <>
      {/* Not a named region itself: the table's scroll box is the region with this name. */}
      <section className="panel">
        <h2 className="ct-visually-hidden">{t('users.caption', { network: me.network.name })}</h2>
        <div role="status">{notice ? <p className="notice notice--success">{notice}</p> : null}</div>
        {isVersionConflict(update.error) ? (
          <ConflictNotice
            title={t('conflict.title')}
            message={t('conflict.user')}
            reloadLabel={t('conflict.reload')}
            reloadingLabel={t('conflict.reloading')}
            isReloading={users.isFetching}
            onReload={() => void loadLatest()}
          />
        ) : null}
        {update.isError && !isVersionConflict(update.error) ? <ErrorState error={update.error} headingLevel={3} /> : null}
        {isListReloaded ? <p className="notice notice--info" role="status">{t('conflict.reloadedList')}</p> : null}
        {users.isPending ? <LoadingState /> : null}
        {users.isError ? <ErrorState error={users.error} headingLevel={3} onRetry={() => void users.refetch()} /> : null}
        {users.data ? (
          <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="users">
              <caption id={captionId}>{t('users.caption', { network: me.network.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.name')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.organisation')}</th>
                  <th scope="col">{t('users.state')}</th>
                  <th scope="col">{t('users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((user) => (
                  <UserRow
                    key={user.id}
                    user={user}
                    isSelf={user.id === me.id}
                    isBusy={update.isPending && update.variables?.id === user.id}
                    onUpdate={applyUpdate}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">{t('users.createHeading')}</h2>
        <CreateUserForm onCreated={(user) => setNotice(t('users.created', { name: user.displayName }))} />
      </section>
    </>
  );
};

/** `/admin/users`: the admin's own network's accounts. Others are told they may not; anonymous visitors sign in. */
export const UsersPage = () => {
  const { t } = useTranslation();
  const { user, isPending, can } = useSession();

  if (isPending) return <div className="page"><LoadingState /></div>;
  if (!user) return <Navigate to={buildSignInPath('/admin/users')} replace />;

  return (
    <article className="page" aria-labelledby="users-title">
      <title>{`${t('users.title')} · ${t('app.name')}`}</title>
      <header className="page-header">
        <h1 id="users-title">{t('users.title')}</h1>
        {can('user:manage') ? <p className="muted">{t('users.intro', { network: user.network.name })}</p> : null}
      </header>
      {can('user:manage') ? (
        <UserAdministration me={user} />
      ) : (
        <ErrorState error={new Error(t('users.forbidden', { role: t(`role.${user.role}`) }))} title={t('state.forbiddenTitle')} headingLevel={2} />
      )}
    </article>
  );
};
