#!/usr/bin/env node
// Compiles the server, its background jobs' process and the duplicate run's scoring worker into
// dist/server/ with esbuild: one module each, the packages left to node_modules. `npm start` runs the
// compiled server, which spares the process the TypeScript loader's memory (about 120 MB resident at
// rest, docs/performance.md).
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';

const outdir = 'dist/server';

/**
 * Modules that read files shipped in reference-data/ find them from their own place in the sources
 * (`new URL('../reference-data/…', import.meta.url)`, from any depth): in the build, their
 * `import.meta.url` still names that place, worked out from the compiled file's.
 */
const sourcePlaces = {
  name: 'source-places',
  setup(compiler) {
    compiler.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('reference-data')) return undefined;
      const place = relative(resolve(outdir), args.path).split(sep).join('/');
      return {
        contents: source.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(place)}, import.meta.url).href`,
        ),
        loader: 'ts',
      };
    });
  },
};

export async function buildServer() {
  await build({
    entryPoints: {
      main: 'src/server/main.ts',
      'jobs-main': 'src/server/jobs-main.ts',
      'duplicate-scoring-worker': 'src/modules/people/adapters/duplicate-scoring-worker.ts',
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    plugins: [sourcePlaces],
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
