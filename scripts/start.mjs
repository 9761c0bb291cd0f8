#!/usr/bin/env node
// `npm start`: compiles the server with esbuild (scripts/build-server.mjs) and runs it. The web app is
// built only when its sources changed since the last build (a hash of them is kept beside the build),
// and that build runs while the server opens the database, migrates and loads the demo: on two cores
// the first start then costs the longer of the two, not their sum.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer } from './build-server.mjs';
import { serverNodeArguments } from './server-node-arguments.mjs';

const webDir = 'dist/web';
const hashFile = 'dist/web-sources.sha256';
const inputs = [
  'src/web',
  'src/contracts',
  'src/core',
  'vite.config.ts',
  'scripts/web-assets-plugin.ts',
  'scripts/first-page-files-plugin.ts',
];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function sourcesHash() {
  const hash = createHash('sha256');
  for (const file of [...inputs.flatMap(filesUnder), 'package-lock.json'].filter(existsSync)) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const hash = existsSync('src/web') ? sourcesHash() : null;
const upToDate =
  hash === null ||
  (existsSync(join(webDir, 'index.html')) && existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash);

let webBuilt = Promise.resolve(0);
if (upToDate) {
  console.log('Web application: up to date (dist/web), no build needed');
} else {
  console.log('Web application: building in the background (dist/web)…');
  const started = performance.now();
  const build = spawn('npm', ['run', '--silent', 'build:web', '--', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  webBuilt = new Promise((resolve) => {
    build.on('exit', (code) => {
      if (code === 0) {
        writeFileSync(hashFile, hash);
        console.log(`Web application: built in ${seconds(started)}`);
      }
      resolve(code ?? 1);
    });
  });
}

// The server is compiled first (about a second), and waits for the web app's build (a message on its IPC
// channel) before it serves it.
const compiling = performance.now();
await buildServer();
console.log(`Server: compiled in ${seconds(compiling)} (dist/server)`);
const server = spawn(process.execPath, [...serverNodeArguments(process.env), 'dist/server/main.mjs'], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, PASSERELLE_WEB_BUILD: upToDate ? 'ready' : 'pending' },
});
void webBuilt.then((code) => {
  if (code !== 0) {
    console.error('Web application: the build failed (see above).');
    server.kill('SIGTERM');
    process.exitCode = code;
    return;
  }
  if (server.connected) server.send({ webBuild: 'ready' });
});
server.on('exit', (code, signal) => {
  if (signal === 'SIGTERM' && process.exitCode) process.exit(process.exitCode);
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
