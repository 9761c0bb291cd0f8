import { systemContext } from '../core/auth/actor.js';
import { newKeyEntry } from '../core/crypto/key-ring.js';
import type { Deps } from '../core/use-case.js';
import { resealTotpSecrets } from '../modules/accounts/use-cases/reseal-totp-secrets.js';
import { rotateDocumentKeysBatch } from '../modules/documents/use-cases/rotate-document-keys.js';
import type { Print } from './commands.js';
import { resealSensitiveFields } from './sensitive-fields-rotation.js';

/**
 * `documents rotate-keys`: re-encrypts every document still sealed under an older key, one batch per
 * transaction, so that the server keeps running and an interrupted rotation simply runs again; then the
 * staff accounts' second-factor secrets and the people's sensitive fields (immigration status and its
 * dates, barriers, eligibility evaluations: ADR 10), sealed by the same key ring.
 */
export async function rotateDocumentKeysCommand(
  deps: Deps,
  print: Print,
  options: { batchSize: number },
): Promise<number> {
  const system = systemContext('command-line');
  let afterId: string | null = null;
  let rotated = 0;
  const unreadable: string[] = [];
  for (;;) {
    const batch = await rotateDocumentKeysBatch(deps)(system, { batchSize: options.batchSize, afterId });
    rotated += batch.rotated;
    unreadable.push(...batch.unreadable);
    if (batch.lastId === null) {
      print(`${rotated} document(s) re-encrypted under key "${batch.currentKeyId}".`);
      const secrets = await resealTotpSecrets(deps)(system, {});
      print(`${secrets.resealed} second-factor secret(s) re-encrypted.`);
      const fields = await resealSensitiveFields(deps, print, options);
      if (fields.unreadable > 0) {
        print('Keep the older keys configured until these are resolved.');
        return 1;
      }
      if (unreadable.length > 0) {
        print(
          `${unreadable.length} document(s) could not be opened (altered, or sealed under a key missing from ENCRYPTION_KEYS): ${unreadable.join(', ')}`,
        );
        print('Keep the older keys configured until these are resolved.');
        return 1;
      }
      if (fields.remaining > 0) {
        print(
          `${fields.remaining} sensitive field(s) were written under an older key meanwhile: run the command again.`,
        );
        return 1;
      }
      print(
        batch.remaining === 0
          ? 'No document is sealed under an older key: older keys may now leave ENCRYPTION_KEYS.'
          : `${batch.remaining} document(s) were added under an older key meanwhile: run the command again.`,
      );
      return batch.remaining === 0 ? 0 : 1;
    }
    afterId = batch.lastId;
  }
}

/** `documents new-key <id>`: a fresh entry to put first in ENCRYPTION_KEYS (shown once, never stored). */
export function newDocumentKeyCommand(print: Print, id: string): number {
  try {
    print(newKeyEntry(id));
    return 0;
  } catch (error) {
    print((error as Error).message);
    return 2;
  }
}
