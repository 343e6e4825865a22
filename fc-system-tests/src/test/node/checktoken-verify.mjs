// An independent reading of fc's checktoken answer with the jose library, as a data provider written
// in JavaScript would: it decrypts the JWE with the provider's private key, verifies the JWS inside
// against fc's published JWKS (issuer and audience checked), and prints the payload as JSON.
import * as jose from 'jose';

const { FC_ISSUER, AUDIENCE, PRIVATE_JWK, ANSWER } = process.env;

const privateJwk = JSON.parse(PRIVATE_JWK);
const privateKey = await jose.importJWK(privateJwk, privateJwk.kty === 'EC' ? 'ECDH-ES' : 'RSA-OAEP-256');
const { plaintext, protectedHeader } = await jose.compactDecrypt(ANSWER, privateKey);
const jwks = jose.createRemoteJWKSet(new URL(`${FC_ISSUER}/jwks`));
const { payload, protectedHeader: jwsHeader } = await jose.jwtVerify(new TextDecoder().decode(plaintext), jwks, {
  issuer: FC_ISSUER,
  audience: AUDIENCE,
});
console.log(JSON.stringify({ jwe: protectedHeader, jws: jwsHeader, payload }));
