/**
 * What `npm start` prints while it gets ready: each stage as it begins, then its duration. The first
 * start (migrations, demo data) takes a while, and a silent terminal looks like a hung one.
 */
export interface StartupProgress {
  /** Runs one stage: its name now, its duration when it ends; laps inside it are indented. */
  stage<T>(label: string, run: () => Promise<T>): Promise<T>;
  /** Ends the current lap of the running stage (printing its duration) and begins the next. */
  lap: Lap;
}

/** Begins the next part of a long stage; the previous part ends there. */
export type Lap = (label: string) => void;

/** Does nothing: the default where no progress is wanted (tests, embedded use). */
export const silentLap: Lap = () => undefined;

export function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

export function startupProgress(
  write: (line: string) => void = (line) => console.log(line),
): StartupProgress {
  let depth = 0;
  let openLap: { label: string; started: number; indent: string } | null = null;
  const closeLap = () => {
    if (!openLap) return;
    write(`${openLap.indent}${openLap.label}: ${seconds(performance.now() - openLap.started)}`);
    openLap = null;
  };
  return {
    async stage(label, run) {
      const indent = '  '.repeat(depth + 1);
      write(`${indent}${label}…`);
      const started = performance.now();
      depth += 1;
      try {
        const result = await run();
        closeLap();
        write(`${indent}${label}: done in ${seconds(performance.now() - started)}`);
        return result;
      } finally {
        openLap = null;
        depth -= 1;
      }
    },
    lap(label) {
      closeLap();
      const indent = '  '.repeat(depth + 1);
      openLap = { label, started: performance.now(), indent };
      write(`${indent}${label}…`);
    },
  };
}
