import * as client from 'openid-client';

/**
 * The OpenID Connect relying party, through `openid-client` (the certified reference implementation
 * of the protocol for Node): discovery, the authorization code flow with PKCE (S256), state and nonce,
 * ID token validation (signature from the provider's JWKS, issuer, audience, expiry, nonce). See ADR 9.
 */
export interface ProviderConnection {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** Plain http is accepted only for a provider on this machine (development and the tests). */
export function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

export async function discover(connection: ProviderConnection): Promise<client.Configuration> {
  const issuer = new URL(connection.issuer);
  if (issuer.protocol !== 'https:' && !isLoopbackHttp(issuer)) {
    throw new Error('An identity provider is reached over https only.');
  }
  return client.discovery(
    issuer,
    connection.clientId,
    connection.clientSecret,
    undefined,
    isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
  );
}

export interface PendingAuthorization {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorizationRequest(
  configuration: client.Configuration,
  options: { redirectUri: string; loginHint: string; acr: string | null },
): Promise<{ url: URL; pending: PendingAuthorization }> {
  const pending = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: options.redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    login_hint: options.loginHint,
    ...(options.acr ? { acr_values: options.acr } : {}),
  });
  return { url, pending };
}

export interface VerifiedIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  amr: string[];
  acr: string | null;
}

/** Exchanges the code (with the PKCE verifier) and returns the validated ID token's claims. */
export async function completeAuthorization(
  configuration: client.Configuration,
  callbackUrl: URL,
  pending: PendingAuthorization,
): Promise<VerifiedIdentity> {
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The provider returned no ID token.');
  return {
    subject: claims.sub,
    email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null,
    emailVerified: claims.email_verified === true,
    amr: Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [],
    acr: typeof claims.acr === 'string' ? claims.acr : null,
  };
}

/** Methods of RFC 8176 that prove more than one factor (or a hardware key, itself a possession factor). */
const multiFactorMethods = new Set(['mfa', 'otp', 'hwk']);

/** Whether the provider asserts a second factor: by `amr`, or by the `acr` the organization configured. */
export function providerAssertsSecondFactor(
  identity: VerifiedIdentity,
  configuredAcr: string | null,
): boolean {
  if (identity.amr.some((method) => multiFactorMethods.has(method))) return true;
  return configuredAcr !== null && identity.acr === configuredAcr;
}
