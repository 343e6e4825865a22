// A service provider built on openid-client, an OpenID Certified relying party library, that knows
// fc only by its issuer URL and its client credentials. It prints the authorization URL, reads the
// callback URL the browser reached on stdin, then redeems the code (PKCE, ID token validated
// against fc's JWKS) and reads userinfo; it prints what it got as JSON lines.
import * as client from 'openid-client';
import readline from 'node:readline';

const { FC_ISSUER, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } = process.env;

const config = await client.discovery(
  new URL(FC_ISSUER),
  CLIENT_ID,
  { id_token_signed_response_alg: 'ES256', userinfo_signed_response_alg: 'ES256' },
  client.ClientSecretPost(CLIENT_SECRET),
  { execute: [client.allowInsecureRequests] },
);

const verifier = client.randomPKCECodeVerifier();
const state = client.randomState();
const nonce = client.randomNonce();
const authorizationUrl = client.buildAuthorizationUrl(config, {
  redirect_uri: REDIRECT_URI,
  scope: 'openid profile birth email',
  acr_values: 'eidas1',
  state,
  nonce,
  code_challenge: await client.calculatePKCECodeChallenge(verifier),
  code_challenge_method: 'S256',
});
console.log(JSON.stringify({ authorizationUrl: authorizationUrl.href }));

const lines = readline.createInterface({ input: process.stdin });
const callbackUrl = await new Promise((resolve) => lines.once('line', resolve));
lines.close();

try {
  const tokens = await client.authorizationCodeGrant(config, new URL(callbackUrl), {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  const userinfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
  console.log(JSON.stringify({ idToken, userinfo }));
} catch (error) {
  console.log(JSON.stringify({ error: error.code ?? error.name, message: error.message }));
  process.exitCode = 1;
}
