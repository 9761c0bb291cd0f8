import type { Executor } from '../../../core/db/types.js';
import { budgetRepository } from './budget-repository.js';
import { factsRepository } from './facts-repository.js';
import { paymentRepository } from './payment-repository.js';
import { requestRepository } from './request-repository.js';
import { rulesRepository } from './rules-repository.js';

export type { NewAidEntry } from './budget-repository.js';
export type { AidRequestRow, NewRequest } from './request-repository.js';

/**
 * Relocation aid's tables, one repository per responsibility: the rules, the budget and its journal
 * (the owner's), the requests (the member's), the payments and cancellations (the owner's), the facts.
 * Every read and write names its organization as well as its id (ADR 12).
 */
export function aidRepository(db: Executor) {
  return {
    ...rulesRepository(db),
    ...budgetRepository(db),
    ...requestRepository(db),
    ...paymentRepository(db),
    ...factsRepository(db),
  };
}
