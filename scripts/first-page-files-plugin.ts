import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * The pages whose files src/web/boot.ts preloads before the app's code runs, by path (as the router
 * matches them) and module (under src/web). Pages behind the log-in come with the app's layout. A path
 * not listed is loaded as the router asks for it, one step later.
 */
export const firstPages: { path: string; modules: string[] }[] = [
  { path: '^/caseload/?$', modules: ['layout/AppLayout.tsx', 'pages/caseload/CaseloadPage.tsx'] },
  { path: '^/login/?$', modules: ['pages/login/LoginPage.tsx'] },
  { path: '^/people/(?!new/?$)[^/]+/?$', modules: ['layout/AppLayout.tsx', 'pages/person/PersonPage.tsx'] },
  // Any other page behind the log-in: at least the layout.
  {
    path: '^/(?!(login|forgot-password|reset-password|verify|info-emploi|suivi)(/|$))',
    modules: ['layout/AppLayout.tsx'],
  },
];
const languages = { fr: 'locales/fr.ts', en: 'locales/en.ts', ar: 'locales/ar.ts' };

/** The chunk holding a module of src/web, and every chunk it imports statically, as served paths. */
function filesOf(bundle: OutputBundle, module: string, base: string, skip: Set<string>): string[] {
  const suffix = `/src/web/${module}`;
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const holder = chunks.find((chunk) =>
    chunk.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(suffix)),
  );
  if (!holder) throw new Error(`first-page files: no chunk holds src/web/${module}`);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName) || skip.has(fileName)) return;
    files.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') for (const imported of chunk.imports) visit(imported);
  };
  visit(holder.fileName);
  return [...files].map((file) => `${base}${file}`);
}

/** Every chunk an entry imports statically (the HTML already names them). */
function staticClosure(bundle: OutputBundle, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') for (const imported of chunk.imports) visit(imported);
  };
  visit(entry);
  return seen;
}

/**
 * Writes in index.html, for src/web/boot.ts, the files each first page and each language need
 * (`<script type="application/json" id="first-page-files">`: data, not code, so the Content Security
 * Policy's script-src 'self' is untouched).
 */
export function firstPageFilesPlugin(): Plugin {
  let base = '/';
  return {
    name: 'passerelle-first-page-files',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle as OutputBundle | undefined;
        if (!bundle) return html;
        const entries = Object.values(bundle).filter(
          (item): item is OutputChunk => item.type === 'chunk' && item.isEntry,
        );
        const named = new Set(entries.flatMap((entry) => [...staticClosure(bundle, entry.fileName)]));
        const table = {
          pages: firstPages.map((page) => ({
            path: page.path,
            files: [...new Set(page.modules.flatMap((module) => filesOf(bundle, module, base, named)))],
          })),
          languages: Object.fromEntries(
            Object.entries(languages).map(([language, module]) => [
              language,
              filesOf(bundle, module, base, named),
            ]),
          ),
        };
        // The chunk that holds boot.ts itself (vite.config.ts groups it with what the app shares with it),
        // not the entry that only imports that chunk: one request fewer before it runs.
        const boot = Object.values(bundle).find(
          (item): item is OutputChunk =>
            item.type === 'chunk' &&
            item.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith('/src/web/boot.ts')),
        );
        if (!boot) throw new Error('first-page files: no chunk holds src/web/boot.ts');
        return {
          html,
          tags: [
            // First of the page's scripts, and `async`: it runs as soon as it arrives, without waiting for
            // the style sheet or the app's scripts (see boot.ts).
            {
              tag: 'script',
              attrs: { type: 'module', async: true, crossorigin: true, src: `${base}${boot.fileName}` },
              injectTo: 'head-prepend',
            },
            {
              tag: 'script',
              attrs: { type: 'application/json', id: 'first-page-files' },
              children: JSON.stringify(table).replaceAll('<', '\\u003c'),
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
