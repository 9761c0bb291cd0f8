import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import postcssSimpleVars from 'postcss-simple-vars';
import { defineConfig, type Plugin } from 'vite';
import { firstPageFilesPlugin } from './scripts/first-page-files-plugin.js';
import { webAssetsPlugin } from './scripts/web-assets-plugin.js';

/** src/web/boot.ts and what it imports (each kept small and free of imports from the app). */
const bootModules = /src[\\/]web[\\/](boot|api[\\/]url|pages[\\/]caseload[\\/]caseload-query)\.ts$/;

const uiModules = /node_modules[\\/](@mantine|@tabler)[\\/]/;
const notInSharedUi = /[\\/](NumberInput|Portal|Overlay|FocusTrap|use-focus-trap|use-focus-return)[\\/]/;

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * Where a Mantine component imports a whole library for one small thing, it gets that thing alone from
 * src/web/shims (each file says why), so that the library comes with the pages that really use it. Each
 * rule: these `importers` (under @mantine/core/esm/components/) import `source`, which resolves to
 * `shim`. Should an importer ask for more, the build fails on the missing export;
 * src/web/shims/shims.test.ts checks the importers still exist and import only what their shim gives.
 */
export const narrowedImports = [
  {
    importers: ['ScrollArea/ScrollArea.mjs'],
    source: '@floating-ui/react',
    shim: 'floating-ui-merge-refs.ts',
  },
  {
    importers: [
      'AppShell/AppShellHeader/AppShellHeader.mjs',
      'AppShell/AppShellFooter/AppShellFooter.mjs',
      'AppShell/AppShellAside/AppShellAside.mjs',
    ],
    source: 'react-remove-scroll',
    shim: 'remove-scroll-class-names.ts',
  },
];

/**
 * The same for zod, whose schemas carry how each kind turns into JSON Schema (about 18 kB, 5 kB gzip,
 * on every page): the web app never asks (the server's OpenAPI does), so zod's classic schemas get
 * src/web/shims/zod-json-schema.ts instead, which says so if ever asked.
 */
export const narrowedZodImports = [
  {
    importers: ['classic/schemas.js'],
    source: '../core/json-schema-processors.js',
    shim: 'zod-json-schema.ts',
  },
  { importers: ['classic/schemas.js'], source: '../core/to-json-schema.js', shim: 'zod-json-schema.ts' },
];

function narrowImports(): Plugin {
  const rules = [
    ...narrowedImports.map((rule) => ({ ...rule, folder: '/node_modules/@mantine/core/esm/components/' })),
    ...narrowedZodImports.map((rule) => ({ ...rule, folder: '/node_modules/zod/v4/' })),
  ];
  return {
    name: 'passerelle-narrow-imports',
    enforce: 'pre',
    resolveId(source, importer) {
      const path = importer?.replaceAll('\\', '/');
      const rule = rules.find(
        (r) => r.source === source && r.importers.some((file) => path?.endsWith(`${r.folder}${file}`)),
      );
      return rule ? fileURLToPath(new URL(`./src/web/shims/${rule.shim}`, import.meta.url)) : null;
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), narrowImports(), firstPageFilesPlugin(), webAssetsPlugin()],
  css: {
    postcss: {
      plugins: [
        postcssPresetMantine(),
        postcssSimpleVars({
          variables: {
            'mantine-breakpoint-xs': '36em',
            'mantine-breakpoint-sm': '48em',
            'mantine-breakpoint-md': '62em',
            'mantine-breakpoint-lg': '75em',
            'mantine-breakpoint-xl': '88em',
          },
        }),
      ],
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
    // Maps for debugging, never served: "hidden" leaves no reference in the scripts, and the plugin
    // moves them beside the served folder (dist/web-sourcemaps).
    sourcemap: 'hidden',
    rolldownOptions: {
      // src/web/boot.ts is an entry of its own, named first in index.html by scripts/first-page-files-plugin.ts
      // (a script of index.html would join the app's entry and wait for all of it).
      input: { index: `${webRoot}/index.html`, boot: `${webRoot}/boot.ts` },
      output: {
        // Pages load with their route (src/web/router.tsx); React, the router and the query cache, which
        // every page needs and which change rarely, stay in chunks of their own across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // zod and the setting that keeps it from probing `new Function` (src/web/zod-jitless.ts) in one
            // chunk: the setting then runs before any chunk builds a schema, and the CSP sees no eval.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]web[\\/]zod-jitless\.ts$/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            // The rest of what the first page loads whatever it is (i18next, Mantine's provider and base
            // components, the router's search schemas, the session): one chunk rather than some fifty
            // small ones, each a request and each compressed alone.
            // src/web/boot.ts, the page's first script, with the small modules it shares with the app: it
            // must run without waiting for the rest (the app takes them from it).
            { name: 'boot', test: bootModules, priority: 1 },
            { name: 'app', tags: ['$initial'] },
            // Mantine's components and icons used by 15 or more of the parts loaded on demand (pages, dialogs,
            // about 65): one chunk they share (Table, Badge, Checkbox, inputs…) rather than dozens of small
            // files on every page; what fewer parts use stays with them. The threshold was tuned with
            // npm run bench:web (the caseload and the log-in page) and may need it again as pages come.
            // Not the number input (with react-number-format, about 8 kB gzip) nor what only overlays use
            // (portal, overlay, focus trap): forms and dialogs take them, the caseload's first screen does not.
            {
              name: 'ui',
              test: (id) => uiModules.test(id) && !notInSharedUi.test(id),
              minShareCount: 15,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
