import { signInInputSchema, type SignInInput } from '@compact-tracker/domain';
import { Field } from '@compact-tracker/ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { isApiError } from '../../lib/api-client';
import { translateFieldError } from '../../lib/form-errors';
import { useSession, useSignIn } from './api';
import { getSafeReturnPath } from './safe-return-path';

const secondsPerMinute = 60;

const SignInFailure = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  if (isApiError(error) && error.code === 'invalid_credentials') {
    return <ErrorState error={new Error(t('signIn.invalidCredentials'))} title={t('signIn.failedTitle')} headingLevel={2} />;
  }
  if (isApiError(error) && error.status === 429) {
    const minutes = error.retryAfterSeconds === null ? null : Math.max(1, Math.ceil(error.retryAfterSeconds / secondsPerMinute));
    const message = minutes === null ? t('signIn.tooManyAttemptsLater') : t('signIn.tooManyAttempts', { count: minutes });
    return <ErrorState error={new Error(message)} title={t('signIn.failedTitle')} headingLevel={2} />;
  }
  return <ErrorState error={error} title={t('signIn.failedTitle')} headingLevel={2} />;
};

export const SignInPage = () => {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const returnPath = getSafeReturnPath(searchParams.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<SignInInput>({ resolver: zodResolver(signInInputSchema), defaultValues: { email: '', password: '' } });

  useEffect(() => {
    if (signIn.isError) setFocus('password');
  }, [signIn.isError, setFocus]);

  if (session.isPending) return <div className="page page--narrow"><LoadingState /></div>;
  // Signed in, just now or earlier (another tab, the back button): back to where they were going.
  if (session.user) return <Navigate to={returnPath} replace />;

  const submit = handleSubmit((input) => signIn.mutate(input));

  return (
    <section className="page page--narrow" aria-labelledby="sign-in-heading">
      <title>{`${t('signIn.title')} · ${t('app.name')}`}</title>
      <header className="page-header">
        <h1 id="sign-in-heading">{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
      </header>
      <form className="panel form" noValidate onSubmit={(event) => void submit(event)}>
        {signIn.isError ? <SignInFailure error={signIn.error} /> : null}
        <Field label={t('signIn.email')} error={translateFieldError(t, errors.email, 'email')}>
          {(control) => <input {...control} {...register('email')} className="input" type="email" autoComplete="username" required />}
        </Field>
        <Field label={t('signIn.password')} error={translateFieldError(t, errors.password)}>
          {(control) => <input {...control} {...register('password')} className="input" type="password" autoComplete="current-password" required />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </div>
      </form>
    </section>
  );
};
