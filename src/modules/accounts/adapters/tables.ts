import type { ColumnType, Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  locale: Generated<string>;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  /** A replacement second-factor secret, sealed, until a code from the new app confirms it. */
  totp_pending_secret: string | null;
  last_organization_id: string | null;
  disabled_at: Date | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  organization_id: string | null;
  csrf_token: string;
  second_factor_pending: Generated<boolean>;
  created_at: ColumnType<Date, Date, never>;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  ip: string | null;
  user_agent: string | null;
  /** When the password (or the identity provider) and the second factor were last proven. */
  authenticated_at: Date | null;
  second_factor_at: Date | null;
  authentication_method: Generated<'password' | 'single_sign_on'>;
}

/** Failed logins per key: `pair:<e-mail hash>:<source>`, `source:<source>`, `email:<e-mail hash>` (ADR 5). */
export interface LoginThrottlesTable {
  key: string;
  failures: number;
  window_started_at: Date;
  blocked_until: Date | null;
  updated_at: Date;
}

export interface PasswordResetTokensTable {
  token_hash: string;
  user_id: string;
  created_at: ColumnType<Date, Date, never>;
  expires_at: Date;
  used_at: Date | null;
}

export interface IdentityProvidersTable {
  organization_id: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  allowed_email_domains: string[];
  second_factor_acr: string | null;
  enabled: Generated<boolean>;
  updated_at: Date;
  updated_by: string | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    users: UsersTable;
    sessions: SessionsTable;
    password_reset_tokens: PasswordResetTokensTable;
    login_throttles: LoginThrottlesTable;
    identity_providers: IdentityProvidersTable;
  }
}
