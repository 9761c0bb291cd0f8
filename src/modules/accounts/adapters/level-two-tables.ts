import type { Generated } from 'kysely';
import './tables.js';

/** Columns of migration 0030 (ASVS level 2), merged into the accounts tables. */
declare module './tables.js' {
  interface UsersTable {
    /** The time step of the last second-factor code accepted: a code is used once (ASVS 6.5.1). */
    totp_last_step: number | string | null;
    /** Who deactivated the account (with `disabled_at`), for the staff page and the audit. */
    disabled_by: string | null;
  }
  interface SessionsTable {
    /** Wrong second-factor codes typed on this session while it waited for its second factor. */
    second_factor_failures: Generated<number>;
  }
}
