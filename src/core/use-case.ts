import type { z } from 'zod';
import { type AuditWriter, auditWriter } from './audit/audit-log.js';
import type { RequestContext } from './auth/actor.js';
import type { Clock } from './clock.js';
import type { KeyRing } from './crypto/key-ring.js';
import type { Db, Tx } from './db/types.js';
import type { MalwareScanner } from './files/malware-scanner.js';
import type { IdGenerator } from './ids.js';
import type { Mailer } from './mail/mailer.js';
import type { SmsSender } from './sms/sms-sender.js';
import { type TimelinePublisher, timelinePublisher } from './timeline/timeline.js';

/** What every use case may depend on; injected so tests control time, ids, mail and texts. */
export interface Deps {
  db: Db;
  clock: Clock;
  newId: IdGenerator;
  mailer: Mailer;
  /** Texts: a real provider, the development outbox, or none (see `core/sms`); ask `sms.delivery` before sending. */
  sms: SmsSender;
  publicUrl: string;
  /** Keys of the data encrypted at rest; use cases that need it ask for it with `requireKeyRing`. */
  keyRing?: KeyRing;
  /** Files received from outside are scanned before they are stored when one is configured (`CLAMAV_URL`). */
  malwareScanner?: MalwareScanner;
}

export interface UseCaseScope<I> {
  input: I;
  ctx: RequestContext;
  trx: Tx;
  now: Date;
  newId: IdGenerator;
  audit: AuditWriter;
  /** Publishes dated events of a person's story in the same transaction (see core/timeline). */
  timeline: TimelinePublisher;
  deps: Deps;
}

export type UseCase<S extends z.ZodType, O> = (
  deps: Deps,
) => (ctx: RequestContext, input: z.input<S>) => Promise<O>;

/**
 * One business operation: validates its input with zod, runs in one transaction (a failure changes
 * nothing, audit entries included) and receives its dependencies explicitly.
 */
export function defineUseCase<S extends z.ZodType, O>(
  inputSchema: S,
  run: (scope: UseCaseScope<z.output<S>>) => Promise<O>,
): UseCase<S, O> {
  return (deps) => async (ctx, rawInput) => {
    const input = inputSchema.parse(rawInput);
    return deps.db.transaction().execute(async (trx) => {
      const now = deps.clock.now();
      const audit = auditWriter(trx, () => now, deps.newId);
      const timeline = timelinePublisher(trx, () => now, deps.newId);
      return run({ input, ctx, trx, now, newId: deps.newId, audit, timeline, deps });
    });
  };
}
