import type { Writable } from 'node:stream';

/** Resolves once the stream wants more (or has ended or failed): the writers respect backpressure. */
export function waitForDrain(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      output.off('error', done);
      resolve();
    };
    output.once('drain', done);
    output.once('close', done);
    output.once('error', done);
  });
}
