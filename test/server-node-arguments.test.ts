import { describe, expect, it } from 'vitest';
import { defaultServerHeapMb, serverNodeArguments } from '../scripts/server-node-arguments.mjs';

const server = 'postgres://postgres@127.0.0.1:5432/passerelle';

describe("the HTTP server's Node options (npm start and the bench)", () => {
  it('caps the heap when the jobs run in a process of their own, not when they share it', () => {
    expect(serverNodeArguments({ DATABASE_URL: server })).toEqual([
      `--max-old-space-size=${defaultServerHeapMb}`,
    ]);
    expect(serverNodeArguments({})).toEqual([]);
    expect(serverNodeArguments({ DATABASE_URL: server, JOBS: 'in-process' })).toEqual([]);
  });

  it('takes SERVER_HEAP_MB, 0 for no cap', () => {
    expect(serverNodeArguments({ DATABASE_URL: server, SERVER_HEAP_MB: '512' })).toEqual([
      '--max-old-space-size=512',
    ]);
    expect(serverNodeArguments({ SERVER_HEAP_MB: '300' })).toEqual(['--max-old-space-size=300']);
    expect(serverNodeArguments({ DATABASE_URL: server, SERVER_HEAP_MB: '0' })).toEqual([]);
  });

  it('refuses what is not a size it can start with, saying why', () => {
    expect(() => serverNodeArguments({ SERVER_HEAP_MB: '256MB' })).toThrow(/number of megabytes.*"256MB"/);
    expect(() => serverNodeArguments({ SERVER_HEAP_MB: '64' })).toThrow(/at least 128/);
  });
});
