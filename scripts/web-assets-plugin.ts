import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files worth compressing; images and fonts already are. */
const compressible = /\.(js|mjs|css|html|json|svg|txt|webmanifest)$/;
/** Below this size a compressed copy saves less than its headers cost. */
const minimumBytes = 1024;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * After the web build: (1) the source maps (emitted "hidden": no `sourceMappingURL` in the scripts) move
 * out of the served folder into `<outDir>-sourcemaps` beside it, to debug a production stack trace without publishing
 * the source; (2) every text asset gets a Brotli (`.br`) and a gzip (`.gz`) copy, which the server sends
 * as they are (`@fastify/static` `preCompressed`), so nothing is compressed per request.
 */
export function webAssetsPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'passerelle-web-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const sourceMapsDir = `${outDir}-sourcemaps`;
      rmSync(sourceMapsDir, { recursive: true, force: true });
      for (const path of filesUnder(outDir)) {
        // Another build may be emptying the same folder (two checkouts' tools at once): skip what vanished.
        if (!existsSync(path)) continue;
        if (path.endsWith('.map')) {
          const target = join(sourceMapsDir, relative(outDir, path));
          mkdirSync(join(target, '..'), { recursive: true });
          renameSync(path, target);
          continue;
        }
        if (!compressible.test(path)) continue;
        const content = readFileSync(path);
        if (content.length < minimumBytes) continue;
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
