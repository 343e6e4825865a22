// An upstream identity provider built on oidc-provider, an OpenID Certified OpenID Provider, that
// fc brokers to as it brokers a FranceConnect IdP (contract section 2.1): code flow with PKCE,
// client_secret_post, ID token and userinfo JWT signed with ALG, acr eidas1/2/3, one citizen.
// Environment: PORT, ISSUER, CLIENT_ID, CLIENT_SECRET, ALG (ES256 or RS256), REDIRECT_URI (fc's
// oidc-callback; several separated by spaces, e.g. v2 and FC+), POST_LOGOUT_REDIRECT_URI (same form;
// default: each REDIRECT_URI with its oidc-callback replaced by client/logout-callback).
// Prints one JSON line on stdout once listening, then runs until stdin closes or SIGTERM.
import http from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

// stdout carries the one JSON line only: oidc-provider prints its notices with console.info.
console.info = console.error;

const { PORT, ISSUER, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } = process.env;
const ALG = process.env.ALG || 'ES256';
for (const [name, value] of Object.entries({ PORT, ISSUER, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI })) {
  if (!value) throw new Error(`${name} is required`);
}
const REDIRECT_URIS = REDIRECT_URI.trim().split(/\s+/);
const POST_LOGOUT_REDIRECT_URIS = process.env.POST_LOGOUT_REDIRECT_URI?.trim().split(/\s+/)
  ?? REDIRECT_URIS.map((uri) => uri.replace(/oidc-callback$/, 'client/logout-callback'));
if (!['ES256', 'RS256'].includes(ALG)) throw new Error('ALG must be ES256 or RS256');

const ACRS = ['eidas1', 'eidas2', 'eidas3'];

// The sandbox demo IdP's account "test" (fc-sandbox accounts.csv), which the RNIPP simulator knows.
const CITIZEN = {
  login: 'test',
  password: '123',
  sub: 'upstream-idp-citizen-test',
  claims: {
    given_name: 'Angela Claire Louise',
    family_name: 'DUBOIS',
    birthdate: '1962-08-24',
    gender: 'female',
    birthplace: '75107',
    birthcountry: '99100',
    email: 'angela.dubois@example.com',
    preferred_username: 'DUBOIS',
    phone_number: '+33 6 12 34 56 78',
    address: {
      formatted: '20 avenue de Ségur, 75007 Paris, France',
      street_address: '20 avenue de Ségur',
      postal_code: '75007',
      locality: 'Paris',
      country: 'France',
    },
  },
};

const { privateKey } = await generateKeyPair(ALG, { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ALG, use: 'sig' };

const html = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const provider = new Provider(ISSUER, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: REDIRECT_URIS,
      post_logout_redirect_uris: POST_LOGOUT_REDIRECT_URIS,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: ALG,
      userinfo_signed_response_alg: ALG,
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  acrValues: ACRS,
  // The scopes fc asks IdPs for on each platform (v2, v1, FC+), and the contract's one-claim scopes.
  claims: {
    acr: null,
    auth_time: null,
    sid: null,
    openid: ['sub'],
    profile: ['given_name', 'family_name', 'birthdate', 'gender', 'preferred_username'],
    email: ['email'],
    birth: ['birthplace', 'birthcountry'],
    address: ['address'],
    phone: ['phone_number'],
    identite_pivot: ['given_name', 'family_name', 'birthdate', 'gender', 'birthplace', 'birthcountry'],
    ...Object.fromEntries(
      ['given_name', 'family_name', 'birthdate', 'gender', 'birthplace', 'birthcountry', 'preferred_username']
        .map((claim) => [claim, [claim]]),
    ),
  },
  features: {
    devInteractions: { enabled: false },
    jwtUserinfo: { enabled: true },
    rpInitiatedLogout: {
      // fc sends the browser here with id_token_hint: confirm at once, no question asked.
      logoutSource(ctx, form) {
        const confirmed = form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>');
        ctx.body = `<!DOCTYPE html><html lang="en"><title>Logout</title><body>${confirmed}
          <script>document.forms[0].submit()</script><noscript><button form="op.logoutForm">Log out</button></noscript></body></html>`;
      },
    },
  },
  // fc always sends an S256 code_challenge: require it, so that a regression shows.
  pkce: { required: () => true },
  ttl: { AccessToken: 60, AuthorizationCode: 30, IdToken: 60, Interaction: 1800, Session: 1800, Grant: 1800 },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, id) {
    if (id !== CITIZEN.sub) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...CITIZEN.claims }) };
  },
  async renderError(ctx, out, error) {
    console.error('upstream-idp error:', error?.message ?? out);
    ctx.type = 'html';
    ctx.body = `<!DOCTYPE html><html lang="en"><title>Error</title><body><h1>${html(out.error)}</h1>
      <p>${html(out.error_description ?? '')}</p></body></html>`;
  },
});

function loginPage(res, uid, error) {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Upstream IdP login</title></head><body>
<h1>Upstream IdP</h1>${error ? `<p role="alert">${html(error)}</p>` : ''}
<form method="post" action="/interaction/${html(uid)}/login">
<label>Login <input name="login" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Log in</button></form></body></html>`);
}

async function formBody(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

// Login and consent in one step: the grant covers every scope fc asked for.
async function finishLogin(req, res, details) {
  const { params } = details;
  const grant = new provider.Grant({ accountId: CITIZEN.sub, clientId: params.client_id });
  grant.addOIDCScope(params.scope);
  // The level fc asked for (it sends one value); eidas1 when none is known.
  const acr = String(params.acr_values ?? '').split(' ').find((value) => ACRS.includes(value)) ?? 'eidas1';
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: CITIZEN.sub, acr }, consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: false },
  );
}

async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction does not match its cookie');
  if (req.method === 'GET' && action === undefined) return loginPage(res, uid);
  if (req.method === 'POST' && action === 'login') {
    const form = await formBody(req);
    if (form.get('login') === CITIZEN.login && form.get('password') === CITIZEN.password) {
      return finishLogin(req, res, details);
    }
    return loginPage(res, uid, 'Wrong login or password.');
  }
  res.writeHead(405).end();
}

const oidc = provider.callback();
const server = http.createServer(async (req, res) => {
  const route = new URL(req.url, ISSUER).pathname.match(/^\/interaction\/([\w-]+)(?:\/(login))?$/);
  if (!route) return oidc(req, res);
  try {
    await interaction(req, res, route[1], route[2]);
  } catch (error) {
    console.error('upstream-idp interaction error:', error.message);
    if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain' });
    res.end(`interaction error: ${error.message}\n`);
  }
});

for (const event of ['server_error', 'authorization.error', 'grant.error', 'userinfo.error', 'end_session.error']) {
  provider.on(event, (ctx, error) => console.error(`upstream-idp ${event}:`, error.message, error.error_description ?? ''));
}

const shutdown = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.stdin.on('end', shutdown).on('error', shutdown).resume();

server.listen(Number(PORT), '127.0.0.1', () => {
  console.log(JSON.stringify({ issuer: ISSUER, discovery: `${ISSUER}/.well-known/openid-configuration` }));
});
