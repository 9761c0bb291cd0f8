// First: schemas are built as modules load (see zod-jitless.ts).
import './zod-jitless.js';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchFirstPage } from './App.js';
import { areasFor } from './i18n/areas.js';
import { initialLanguage, loadAreas, loadLanguage } from './i18n/index.js';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
prefetchFirstPage();
// The first screen's words come before its first paint (their chunks are fetched alongside the page's).
await Promise.all([
  loadLanguage(initialLanguage),
  loadAreas(areasFor(window.location.pathname), initialLanguage),
]);
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
