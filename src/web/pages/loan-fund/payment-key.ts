interface RandomSource {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  randomUUID?: () => string;
}

/**
 * The key one payment is sent with. The server records a key once: sending the same payment again
 * (a second click, a retry after the network failed) returns it instead of recording it twice.
 */
export function newPaymentKey(source: RandomSource = globalThis.crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  // randomUUID exists only in secure contexts (HTTPS, localhost); an intranet served over plain HTTP
  // still gets 128 random bits.
  const bytes = source.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
