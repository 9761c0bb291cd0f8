import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** Who the provider says signed in, as its ID token will claim. */
export interface ProviderUser {
  sub: string;
  email: string;
  emailVerified: boolean;
  amr?: string[];
  acr?: string;
}

/**
 * A minimal OpenID Connect provider on 127.0.0.1 for the tests (no network): discovery, an authorize
 * endpoint that signs in whoever the test chose, a token endpoint that checks the client secret, the
 * redirect URI and the PKCE verifier (S256), and ID tokens signed RS256 with jose, keys in the JWKS.
 */
export async function startLocalIdentityProvider(client: { clientId: string; clientSecret: string }) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomBytes(8).toString('hex');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const codes = new Map<
    string,
    { redirectUri: string; nonce: string; challenge: string; user: ProviderUser; scope: string }
  >();
  const authorizationRequests: URLSearchParams[] = [];
  let signedIn: ProviderUser | null = null;
  let issuer = '';

  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const readBody = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      request.on('data', (chunk) => {
        text += chunk;
      });
      request.on('end', () => resolve(text));
    });

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
        authorization_response_iss_parameter_supported: true,
        scopes_supported: ['openid', 'email', 'profile'],
      });
    }
    if (url.pathname === '/jwks') return json(response, 200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const params = url.searchParams;
      authorizationRequests.push(params);
      const redirectUri = params.get('redirect_uri') ?? '';
      const back = new URL(redirectUri);
      back.searchParams.set('state', params.get('state') ?? '');
      back.searchParams.set('iss', issuer);
      if (
        !signedIn ||
        params.get('client_id') !== client.clientId ||
        params.get('code_challenge_method') !== 'S256'
      ) {
        back.searchParams.set('error', 'access_denied');
      } else {
        const code = randomBytes(16).toString('base64url');
        codes.set(code, {
          redirectUri,
          nonce: params.get('nonce') ?? '',
          challenge: params.get('code_challenge') ?? '',
          user: signedIn,
          scope: params.get('scope') ?? '',
        });
        back.searchParams.set('code', code);
      }
      response.writeHead(302, { location: back.toString() });
      return response.end();
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      const form = new URLSearchParams(await readBody(request));
      const basic = request.headers.authorization?.startsWith('Basic ')
        ? Buffer.from(request.headers.authorization.slice(6), 'base64')
            .toString()
            .split(':')
            .map(decodeURIComponent)
        : null;
      const clientId = basic?.[0] ?? form.get('client_id');
      const clientSecret = basic?.[1] ?? form.get('client_secret');
      if (clientId !== client.clientId || clientSecret !== client.clientSecret) {
        return json(response, 401, { error: 'invalid_client' });
      }
      const grant = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!grant || grant.redirectUri !== form.get('redirect_uri') || grant.challenge !== challenge) {
        return json(response, 400, { error: 'invalid_grant' });
      }
      const now = Math.floor(Date.now() / 1000);
      const idToken = await new SignJWT({
        nonce: grant.nonce,
        email: grant.user.email,
        email_verified: grant.user.emailVerified,
        auth_time: now,
        ...(grant.user.amr ? { amr: grant.user.amr } : {}),
        ...(grant.user.acr ? { acr: grant.user.acr } : {}),
      })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(issuer)
        .setSubject(grant.user.sub)
        .setAudience(client.clientId)
        .setIssuedAt(now)
        .setExpirationTime(now + 300)
        .sign(privateKey);
      return json(response, 200, {
        access_token: randomBytes(16).toString('base64url'),
        token_type: 'Bearer',
        expires_in: 300,
        scope: grant.scope,
        id_token: idToken,
      });
    }
    json(response, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    authorizationRequests,
    /** The person the next authorization request signs in (null: the provider refuses). */
    signIn(user: ProviderUser | null) {
      signedIn = user;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
