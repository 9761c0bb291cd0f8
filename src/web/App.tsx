import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { I18nextProvider } from 'react-i18next';
import { ApiError, setUnauthenticatedHandler } from './api/client.js';
import { errorMessage } from './api/errors.js';
import { directionOf, i18n } from './i18n/index.js';
import { useLanguageEffects } from './i18n/language.js';
import { notify } from './notify.js';
import { createAppRouter } from './router.js';
import { cssVariablesResolver, theme } from './theme.js';

declare module '@tanstack/react-query' {
  interface Register {
    /** `inlineErrors`: the page shows the error itself (form fields, an alert); no global notice. */
    queryMeta: { inlineErrors?: boolean };
    mutationMeta: { inlineErrors?: boolean };
  }
}

function notifyError(error: unknown): void {
  // 401 leads to the log-in page instead (see setUnauthenticatedHandler below).
  if (error instanceof ApiError && error.status === 401) return;
  notify({
    color: 'red',
    title: i18n.t('app.errorTitle'),
    message: errorMessage(error),
    autoClose: 8000,
  });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (!query.meta?.inlineErrors) notifyError(error);
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      if (!mutation.meta?.inlineErrors) notifyError(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status > 0 && error.status < 500) && failures < 2,
    },
  },
});

const router = createAppRouter(queryClient);

setUnauthenticatedHandler(() => {
  queryClient.removeQueries({ queryKey: ['session'] });
  const { pathname, searchStr } = router.state.location;
  if (pathname === '/login' || pathname.startsWith('/password')) return;
  void router.navigate({ to: '/login', search: { next: `${pathname}${searchStr}` } });
});

function LanguageEffects() {
  useLanguageEffects();
  return null;
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
        <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
          <LanguageEffects />
          <Notifications position="bottom-right" />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
