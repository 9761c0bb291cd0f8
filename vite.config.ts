import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import postcssSimpleVars from 'postcss-simple-vars';
import { defineConfig } from 'vite';
import { webAssetsPlugin } from './scripts/web-assets-plugin.js';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react(), webAssetsPlugin()],
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
