import { DirectionProvider, MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense, useRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiError, setUnauthenticatedHandler } from './api/client.js';
import { errorMessage } from './api/errors.js';
import { sessionQuery } from './api/session.js';
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

/**
 * Started before the first render, while the language's texts come: the code of the page asked for
 * and, behind the log-in, the session every such page reads first, side by side rather than one after
 * the other (the router asks for them only once the app is drawn, then finds them fetched).
 */
export function prefetchFirstPage(): void {
  const matches = router.matchRoutes(router.latestLocation);
  for (const match of matches) {
    const route = (router.routesById as Record<string, Parameters<typeof router.loadRouteChunk>[0]>)[
      match.routeId
    ];
    if (route) void router.loadRouteChunk(route)?.catch(() => undefined);
  }
  if (matches.some((match) => match.routeId === '/app')) void queryClient.prefetchQuery(sessionQuery);
}

/**
 * The notices' container (its transitions, swipe to dismiss) is fetched with the first notice, not with
 * the page: most pages are shown without one. A notice raised before it arrives waits in the store.
 */
const Notifications = lazy(() =>
  import('./components/NoticeContainer.js').then((module) => ({ default: module.Notifications })),
);

function NoticeArea() {
  const { notifications, queue } = useNotifications();
  const wanted = useRef(false);
  if (notifications.length + queue.length > 0) wanted.current = true;
  return wanted.current ? (
    <Suspense fallback={null}>
      <Notifications position="bottom-right" />
    </Suspense>
  ) : null;
}

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
          <NoticeArea />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
