/** The part of clamscan (no types of its own) that Passerelle uses: clamd over TCP, by stream. */
declare module 'clamscan' {
  import type { Readable } from 'node:stream';

  interface ClamdOptions {
    host: string;
    port: number;
    timeout: number;
    localFallback: false;
    bypassTest: boolean;
    active: true;
  }
  export default class NodeClam {
    init(options: {
      removeInfected: false;
      debugMode: boolean;
      clamscan: { active: false };
      clamdscan: ClamdOptions;
      preference: 'clamdscan';
    }): Promise<NodeClam>;
    scanStream(stream: Readable): Promise<{ isInfected: boolean | null; viruses: string[] }>;
  }
}
