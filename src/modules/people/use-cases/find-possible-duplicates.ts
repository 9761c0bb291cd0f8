import { duplicateSearchBody } from '../../../contracts/intake.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { findPossibleDuplicates as findInRepository } from '../adapters/duplicates-repository.js';
import { searchTextOf } from '../domain/search-text.js';
import { latinFromCyrillic } from '../domain/transliteration.js';

/** Enough to recognise the person among the likely ones; more would be a directory, not a warning. */
const shownAtMost = 8;

/** The last nine digits: "+33 6 12 34 56 78" and "06 12 34 56 78" are the same line. Too short: no probe. */
export function phoneTailOf(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 8 ? digits.slice(-9) : null;
}

/**
 * Before opening a file: the files of the actor's organization that may already be this person,
 * found by a name in either script (typos and accents tolerated, as in the caseload), the birth date,
 * the phone or the e-mail. Only the organization's own files, never a restricted or anonymized one;
 * nothing tells whether another organization follows the person. Audited with the count only: the
 * names looked for are personal data and stay out of the log.
 */
export const findPossibleDuplicates = defineUseCase(
  duplicateSearchBody,
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    const latinNames = searchTextOf([input.givenName, input.familyName]);
    const originalNames = searchTextOf([input.givenNameOriginal, input.familyNameOriginal]);
    // A name typed in Cyrillic (in either field) also finds a file opened with its Latin spelling only.
    const transliterated = [latinNames, originalNames]
      .map((typed) => latinFromCyrillic(typed))
      .filter((typed): typed is string => typed !== null);
    const names = [...new Set([latinNames, originalNames, ...transliterated].filter(Boolean))];
    const email = input.email?.includes('@') ? input.email : null;
    const phoneTail = phoneTailOf(input.phone);
    const probing = names.length > 0 || email || phoneTail;
    const rows = probing
      ? await findInRepository(trx, {
          organizationId: actor.organizationId,
          names,
          birthDate: input.birthDate ?? null,
          phoneTail,
          email,
          limit: shownAtMost,
        })
      : [];
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.duplicate_search',
      resourceType: 'person',
      resourceId: null,
      requestId: ctx.requestId,
      details: { results: rows.length },
    });
    return {
      items: rows.map(({ nameScore, sameBirthDate, samePhone, sameEmail, ...person }) => ({
        ...person,
        matchedOn: [
          ...(sameEmail ? (['email'] as const) : []),
          ...(samePhone ? (['phone'] as const) : []),
          ...(nameScore >= 0.35 ? (['name'] as const) : []),
          ...(sameBirthDate ? (['birthDate'] as const) : []),
        ],
      })),
    };
  },
);
