import { generateSecret, generateURI, OTP } from 'otplib';

const otp = new OTP({ strategy: 'totp' });

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: 'Passerelle', label: accountEmail, secret });
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** RFC 4226 asks for at least 128 bits, and otplib refuses less. */
const minSecretBytes = 16;

/**
 * The key of a Base32 secret (RFC 4648), read as authenticator apps read it: case, spaces, dashes
 * and `=` padding ignored, and the bits left over after the last full byte dropped (otplib refuses
 * them as "non-zero padding", which made a 28-character secret answer 500). Null when it is no key.
 */
export function totpSecretKey(secret: string): Uint8Array | null {
  const text = secret.toUpperCase().replace(/[\s=-]/g, '');
  if (text.length === 0 || text.length > 1024) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = alphabet.indexOf(char);
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes.length >= minSecretBytes ? Uint8Array.from(bytes) : null;
}

/**
 * A secret we accept to store: strict Base32 (upper case, whole bytes, no leftover bits), at least
 * 128 bits, so that every authenticator app reads the same key from it.
 */
export function isValidTotpSecret(secret: string): boolean {
  if (!/^[A-Z2-7]+$/.test(secret)) return false;
  const leftoverBits = (secret.length * 5) % 8;
  const last = alphabet.indexOf(secret.at(-1)!);
  return (last & ((1 << leftoverBits) - 1)) === 0 && totpSecretKey(secret) !== null;
}

/**
 * Accepts the current 30-second code and the one before or after, for clock drift. Whatever the
 * stored secret or the code typed, the answer is yes or no, never an exception.
 */
export async function verifyTotp(secret: string, code: string, now: Date): Promise<boolean> {
  return (await totpTimeStep(secret, code, now)) !== null;
}

/**
 * The time step (RFC 6238: 30-second periods since the epoch) whose code this is, within the drift
 * `verifyTotp` allows; null for a wrong code or an unusable secret. A code is accepted once: the
 * caller refuses a step not greater than the last one it accepted (ASVS 6.5.1).
 */
export async function totpTimeStep(secret: string, code: string, now: Date): Promise<number | null> {
  const key = totpSecretKey(secret);
  if (!key || !/^\d{6}$/.test(code)) return null;
  try {
    const result = await otp.verify({
      secret: key,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: 30,
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}
