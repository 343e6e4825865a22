// A FranceConnect+ service provider built on openid-client and jose, which know fc only by its
// FranceConnect+ issuer URL: it makes its own encryption key pair, publishes the public key at a
// jwks_uri of its own on loopback, and reads fc's answers as openid-client does, decrypting the
// ID token and userinfo (JWE) before it validates the JWS inside against fc's JWKS.
//
// Lines on stdout, JSON: {jwksUri}, then {authorizationUrl}, then what it got. Lines on stdin, JSON:
// its registration {clientId, clientSecret, redirectUri, acr, scope}, then the callback URL the
// browser reached.
import * as client from 'openid-client';
import * as jose from 'jose';
import http from 'node:http';
import readline from 'node:readline';

const { FC_ISSUER, KEY_ALG } = process.env;
const KID = 'plus-sp-encryption-key';

const input = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const nextLine = async () => (await input.next()).value;

const { publicKey, privateKey } = await jose.generateKeyPair(KEY_ALG, { extractable: true });
const jwks = { keys: [{ ...(await jose.exportJWK(publicKey)), kid: KID, use: 'enc', alg: KEY_ALG }] };
const keyServer = http.createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(jwks));
});
await new Promise((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
console.log(JSON.stringify({ jwksUri: `http://127.0.0.1:${keyServer.address().port}/jwks` }));

try {
  const registration = JSON.parse(await nextLine());
  const config = await client.discovery(
    new URL(FC_ISSUER),
    registration.clientId,
    {
      id_token_signed_response_alg: 'ES256',
      userinfo_signed_response_alg: 'ES256',
      id_token_encrypted_response_alg: KEY_ALG,
      id_token_encrypted_response_enc: 'A256GCM',
      userinfo_encrypted_response_alg: KEY_ALG,
      userinfo_encrypted_response_enc: 'A256GCM',
    },
    client.ClientSecretPost(registration.clientSecret),
    { execute: [client.allowInsecureRequests] },
  );
  client.enableDecryptingResponses(config, ['A256GCM'], { key: privateKey, kid: KID });
  // What fc sent before the library decrypted it: the JWE headers are part of the contract.
  const wire = {};
  config[client.customFetch] = async (url, options) => {
    const response = await fetch(url, options);
    const body = await response.clone().text();
    if (url.endsWith('/token') && response.ok) wire.idToken = JSON.parse(body).id_token;
    if (url.endsWith('/userinfo') && response.ok) wire.userinfo = body;
    return response;
  };

  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: registration.redirectUri,
    scope: registration.scope,
    acr_values: registration.acr,
    claims: JSON.stringify({ id_token: { amr: { essential: true } } }),
    state,
    nonce,
  });
  console.log(JSON.stringify({ authorizationUrl: authorizationUrl.href }));

  const callbackUrl = await nextLine();
  const tokens = await client.authorizationCodeGrant(config, new URL(callbackUrl), {
    expectedState: state,
    expectedNonce: nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  const userinfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
  console.log(JSON.stringify({
    idToken,
    userinfo,
    idTokenHeader: jose.decodeProtectedHeader(wire.idToken),
    userinfoHeader: jose.decodeProtectedHeader(wire.userinfo),
    encryptedIdToken: wire.idToken,
    accessToken: tokens.access_token,
  }));
} catch (error) {
  console.log(JSON.stringify({ error: error.code ?? error.name, message: error.message }));
  process.exitCode = 1;
} finally {
  keyServer.close();
  input.return?.();
}
