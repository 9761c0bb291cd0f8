import { systemClock } from '../core/clock.js';
import type { AppConfig } from '../core/config.js';
import { parseKeyRingSpec } from '../core/crypto/key-ring.js';
import type { DatabaseHandle } from '../core/db/connect.js';
import { clamdScanner } from '../core/files/malware-scanner.js';
import { uuidv7 } from '../core/ids.js';
import { createMailer } from '../core/mail/create-mailer.js';
import { createSmsSender } from '../core/sms/create-sms-sender.js';
import type { Deps } from '../core/use-case.js';

/** The dependencies of every use case in a running process (server or command line). */
export function productionDeps(handle: DatabaseHandle, config: AppConfig): Deps {
  return {
    db: handle.db,
    clock: systemClock,
    newId: uuidv7,
    mailer: createMailer(config),
    sms: createSmsSender(config),
    publicUrl: config.PUBLIC_URL,
    keyRing: parseKeyRingSpec(config.ENCRYPTION_KEYS),
    ...(config.CLAMAV_URL ? { malwareScanner: clamdScanner(config.CLAMAV_URL) } : {}),
  };
}
