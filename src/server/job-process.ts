import { type ChildProcess, fork } from 'node:child_process';

export interface JobProcess {
  /** Resolves when the process has started its worker (or has failed to). */
  ready: Promise<void>;
  /** Stops the jobs' process, letting the job in progress finish; resolves once it has exited. */
  stop(): Promise<void>;
}

export interface JobProcessOptions {
  /** The module the child runs; `jobs-main` beside this one by default (sources or build). */
  entry?: URL;
  /** Milliseconds before a process that stopped on its own is started again (5,000 by default). */
  restartDelayMs?: number;
  logger: { error(details: object, message: string): void; info(message: string): void };
}

/** Node options that size the heap: the HTTP process's cap must not become the jobs' cap. */
const heapOption = /^--max-old-space-size(=|$)/;

/** The jobs' process's Node options: the parent's (the TypeScript loader under tsx), its heap cap left out. */
export function jobProcessNodeOptions(execArgv: readonly string[], nodeOptions: string | undefined) {
  return {
    execArgv: execArgv.filter((option) => !heapOption.test(option)),
    nodeOptions: (nodeOptions ?? '')
      .split(/\s+/)
      .filter((option) => option !== '' && !heapOption.test(option))
      .join(' '),
  };
}

/**
 * Runs the background jobs in a child process (`jobs-main`), started again after a pause if it ever
 * stops on its own; its output is this process's. Used on a PostgreSQL server only: an embedded
 * PGlite database belongs to the one process that opened it.
 */
export function startJobProcess(options: JobProcessOptions): JobProcess {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'mjs';
  const entry = options.entry ?? new URL(`./jobs-main.${extension}`, import.meta.url);
  const { execArgv, nodeOptions } = jobProcessNodeOptions(process.execArgv, process.env.NODE_OPTIONS);
  let child: ChildProcess | undefined;
  let stopping = false;
  let restart: NodeJS.Timeout | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const launch = () => {
    const current = fork(entry, [], {
      execArgv,
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child = current;
    current.on('message', (message: { jobs?: string }) => {
      if (message?.jobs === 'ready') markReady();
    });
    current.once('exit', (code, signal) => {
      if (stopping) return;
      markReady();
      options.logger.error(
        { code, signal },
        `the background jobs' process stopped; started again in ${options.restartDelayMs ?? 5_000} ms`,
      );
      restart = setTimeout(launch, options.restartDelayMs ?? 5_000);
      restart.unref();
    });
  };
  launch();
  options.logger.info('background jobs run in a process of their own');

  return {
    ready,
    stop: async () => {
      stopping = true;
      clearTimeout(restart);
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      current.kill('SIGTERM');
      // A job that will not finish does not hold the shutdown for ever.
      const killer = setTimeout(() => current.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
