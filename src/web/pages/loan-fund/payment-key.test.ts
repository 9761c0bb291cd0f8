import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paymentBody } from '../../../contracts/loan-fund.js';
import { newPaymentKey } from './payment-key.js';

const keySchema = paymentBody.shape.idempotencyKey;

describe('newPaymentKey', () => {
  it('gives a different key each time, one the payment route accepts', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newPaymentKey()));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(keySchema.safeParse(key).success).toBe(true);
  });

  it('still gives 128 random bits where the browser offers no randomUUID (plain HTTP)', () => {
    const source = { getRandomValues: webcrypto.getRandomValues.bind(webcrypto) };
    const first = newPaymentKey(source);
    const second = newPaymentKey(source);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).not.toBe(first);
    expect(keySchema.safeParse(first).success).toBe(true);
  });
});
