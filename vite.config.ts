import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import postcssSimpleVars from 'postcss-simple-vars';
import { defineConfig, type Plugin } from 'vite';
import { webAssetsPlugin } from './scripts/web-assets-plugin.js';

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

function narrowImports(): Plugin {
  const components = '/node_modules/@mantine/core/esm/components/';
  return {
    name: 'passerelle-narrow-imports',
    enforce: 'pre',
    resolveId(source, importer) {
      const path = importer?.replaceAll('\\', '/');
      const rule = narrowedImports.find(
        (r) => r.source === source && r.importers.some((file) => path?.endsWith(`${components}${file}`)),
      );
      return rule ? fileURLToPath(new URL(`./src/web/shims/${rule.shim}`, import.meta.url)) : null;
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), narrowImports(), webAssetsPlugin()],
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
            { name: 'app', tags: ['$initial'] },
            // Mantine's components and icons used by 15 or more of the parts loaded on demand (pages, dialogs,
            // about 65): one chunk they share (Table, Badge, Checkbox, inputs…) rather than dozens of small
            // files on every page; what fewer parts use stays with them. The threshold was tuned with
            // npm run bench:web (the caseload and the log-in page) and may need it again as pages come.
            { name: 'ui', test: /node_modules[\\/](@mantine|@tabler)[\\/]/, minShareCount: 15 },
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
