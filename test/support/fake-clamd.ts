import { createServer } from 'node:net';

/** The EICAR test string every antivirus reports, harmless by design. */
export const eicar = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/**
 * A stand-in for ClamAV's daemon speaking its INSTREAM protocol (a command, length-prefixed chunks
 * ending with an empty one, one answer): it finds the EICAR string, as ClamAV does. The machines
 * Passerelle is tested on have no ClamAV signatures to run the real one.
 */
export async function startFakeClamd() {
  const received: string[] = [];
  const server = createServer((socket) => {
    let buffer = Buffer.alloc(0);
    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      const command = Buffer.from('zINSTREAM\0');
      if (!buffer.subarray(0, command.length).equals(command)) return;
      let offset = command.length;
      const chunks: Buffer[] = [];
      while (offset + 4 <= buffer.length) {
        const length = buffer.readUInt32BE(offset);
        if (length === 0) {
          const content = Buffer.concat(chunks).toString('latin1');
          received.push(content);
          socket.end(content.includes(eicar) ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (offset + 4 + length > buffer.length) return;
        chunks.push(buffer.subarray(offset + 4, offset + 4 + length));
        offset += 4 + length;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `tcp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
