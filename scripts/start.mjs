#!/usr/bin/env node
// `npm start`: builds the web application when it is missing or older than its sources, then runs
// the server (API + web) with tsx, so nothing else needs compiling.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const builtIndex = 'dist/web/index.html';
const sources = ['src/web', 'src/contracts'].filter(existsSync);
const stale =
  !existsSync(builtIndex) || sources.some((folder) => newestMtime(folder) > statSync(builtIndex).mtimeMs);
if (stale && existsSync('src/web')) {
  console.log('Building the web application…');
  const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { stdio: 'inherit' });
process.exit(server.status ?? 0);
