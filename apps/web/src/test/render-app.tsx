import type { Locale, SessionUserView } from '@compact-tracker/domain';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app/app-providers';
import { sessionKeys } from '../features/session/api';
import { createI18n } from '../lib/i18n/i18n';
import { syncLocalePreference } from '../lib/i18n/locale-preference';

type RenderOptions = {
  path: string;
  locale?: Locale;
  /** Who is signed in; anonymous unless a test says otherwise. */
  user?: SessionUserView | null;
  prepare?: (queryClient: QueryClient) => void;
};

/** Renders with a fresh QueryClient that the test fills first, so no request needs to go out. */
export const renderWithApp = (ui: ReactNode, { path, locale = 'en', user = null, prepare }: RenderOptions) => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } } });
  queryClient.setQueryData(sessionKeys.current(), { user });
  prepare?.(queryClient);
  const i18n = createI18n(locale);
  syncLocalePreference(i18n);
  const result = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { ...result, queryClient, i18n };
};
