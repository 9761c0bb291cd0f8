import { createHash } from 'node:crypto';

/**
 * Login throttling (ASVS 5.0 V6.3.1, ADR 5): slows password guessing without letting anyone lock an
 * account's owner out. Counters are kept for what was typed, whether an account has that e-mail or
 * not, so that known and unknown accounts answer alike.
 *
 * - Per (e-mail, source): the first failures are free, then each further attempt from that source for
 *   that e-mail waits a delay that doubles, up to a cap. Other sources are not affected: the owner,
 *   elsewhere, logs in as usual.
 * - Per e-mail, across sources: when an e-mail collects many failures from many sources (a
 *   distributed attack), a source that starts failing gets one free failure instead of several. A
 *   source that has not failed still has its first attempt: a correct password still works.
 * - Per source, across e-mails: a source that fails many times within a window (password spraying)
 *   waits until the window ends.
 */
export const throttlePolicy = {
  freeFailures: 5,
  freeFailuresUnderAttack: 1,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  /** Failures of an e-mail, from any source, within the window that mean it is under attack. */
  emailAttackFailures: 50,
  emailWindowSeconds: 60 * 60,
  sourceMaxFailures: 100,
  sourceWindowSeconds: 15 * 60,
  /** A pair's counter is forgotten after this long without a failure. */
  pairForgetSeconds: 24 * 60 * 60,
} as const;

export interface ThrottleCounter {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
  updatedAt: Date;
}

export interface ThrottleKeys {
  pair: string;
  email: string;
  source: string;
}

/** The source of a request: an IPv4 address, or the /64 network of an IPv6 one (one subscriber). */
export function sourceOf(ip: string | null): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export function throttleKeys(email: string, ip: string | null): ThrottleKeys {
  const emailHash = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  const source = sourceOf(ip);
  return { pair: `pair:${emailHash}:${source}`, email: `email:${emailHash}`, source: `source:${source}` };
}

function live(counter: ThrottleCounter | undefined, windowSeconds: number, now: Date): number {
  if (!counter) return 0;
  return now.getTime() - counter.windowStartedAt.getTime() < windowSeconds * 1000 ? counter.failures : 0;
}

/** Seconds this attempt must still wait, or 0 when it may go on and check the password. */
export function secondsToWait(
  counters: { pair?: ThrottleCounter; source?: ThrottleCounter },
  now: Date,
): number {
  const waits: number[] = [];
  if (counters.pair?.blockedUntil) waits.push(counters.pair.blockedUntil.getTime() - now.getTime());
  const source = counters.source;
  if (source && live(source, throttlePolicy.sourceWindowSeconds, now) >= throttlePolicy.sourceMaxFailures) {
    waits.push(source.windowStartedAt.getTime() + throttlePolicy.sourceWindowSeconds * 1000 - now.getTime());
  }
  const longest = Math.max(0, ...waits);
  return longest > 0 ? Math.ceil(longest / 1000) : 0;
}

/** A counter after one more failure: windows that have run out start again. */
export function afterFailure(
  counter: ThrottleCounter | undefined,
  windowSeconds: number,
  now: Date,
): ThrottleCounter {
  const failures = live(counter, windowSeconds, now);
  return {
    failures: failures + 1,
    windowStartedAt: failures === 0 ? now : counter!.windowStartedAt,
    blockedUntil: null,
    updatedAt: now,
  };
}

/** The pair's counter after one more failure: forgotten after a day without any. */
export function pairAfterFailure(
  counter: ThrottleCounter | undefined,
  underAttack: boolean,
  now: Date,
): ThrottleCounter {
  const recent =
    counter && now.getTime() - counter.updatedAt.getTime() < throttlePolicy.pairForgetSeconds * 1000;
  const failures = recent ? counter.failures + 1 : 1;
  return {
    failures,
    windowStartedAt: recent ? counter.windowStartedAt : now,
    blockedUntil: pairBlockedUntil(failures, underAttack, now),
    updatedAt: now,
  };
}

/** When the pair may try again after its `failures`-th failure (null: at once). */
export function pairBlockedUntil(failures: number, emailUnderAttack: boolean, now: Date): Date | null {
  const free = emailUnderAttack ? throttlePolicy.freeFailuresUnderAttack : throttlePolicy.freeFailures;
  if (failures < free) return null;
  const doublings = Math.min(failures - free, 20);
  const seconds = Math.min(throttlePolicy.maxDelaySeconds, throttlePolicy.firstDelaySeconds * 2 ** doublings);
  return new Date(now.getTime() + seconds * 1000);
}

export function emailUnderAttack(counter: ThrottleCounter | undefined, now: Date): boolean {
  return live(counter, throttlePolicy.emailWindowSeconds, now) >= throttlePolicy.emailAttackFailures;
}
