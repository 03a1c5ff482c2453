// DPoP (OAuth 2.0 Demonstrating Proof of Possession, RFC 9449) for openapi-fetch: each request carries
// `Authorization: DPoP <token>` and a fresh proof signed with the key the token is bound to (`cnf.jkt`),
// made with WebCrypto, so the same code runs in Node.js and in a browser. The server's nonce is kept
// and used; a request refused for want of one (`error="use_dpop_nonce"`) is sent once more with it.
//
//   const key = await generateDPoPKey();          // or importDPoPKey(pem): the key HelseID bound the token to
//   client.use(dpopMiddleware(token, key));

import type { Middleware } from "openapi-fetch";

export interface DPoPKey {
  /** Signs the proofs; never leaves the client (not extractable). */
  privateKey: CryptoKey;
  /** What a proof's header carries: the public members alone. */
  publicJwk: { kty: string; crv: string; x: string; y: string };
}

const ALGORITHM = { name: "ECDSA", namedCurve: "P-256" } as const;
const encoder = new TextEncoder();

function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = "";
  for (const byte of view) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function publicMembers(jwk: JsonWebKey): DPoPKey["publicJwk"] {
  const { kty, crv, x, y } = jwk;
  if (kty !== "EC" || crv !== "P-256" || x === undefined || y === undefined) {
    throw new Error("a DPoP key must be a P-256 EC key");
  }
  return { kty, crv, x, y };
}

/** A fresh key pair, its private half not extractable. */
export async function generateDPoPKey(): Promise<DPoPKey> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, false, ["sign", "verify"]);
  return { privateKey: pair.privateKey, publicJwk: publicMembers(await crypto.subtle.exportKey("jwk", pair.publicKey)) };
}

/** A P-256 private key in PKCS #8 PEM (as `python -m app token --dpop` keeps it). */
export async function importDPoPKey(pem: string): Promise<DPoPKey> {
  const body = pem.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, "").replace(/\s+/g, "");
  const der = Uint8Array.from(atob(body), (character) => character.charCodeAt(0));
  const readable = await crypto.subtle.importKey("pkcs8", der, ALGORITHM, true, ["sign"]);
  const publicJwk = publicMembers(await crypto.subtle.exportKey("jwk", readable));
  return { privateKey: await crypto.subtle.importKey("pkcs8", der, ALGORITHM, false, ["sign"]), publicJwk };
}

/** RFC 7638: the thumbprint a token bound to this key names in `cnf.jkt`. */
export async function thumbprint(key: DPoPKey): Promise<string> {
  const { crv, kty, x, y } = key.publicJwk;
  const canonical = JSON.stringify({ crv, kty, x, y });
  return base64url(await crypto.subtle.digest("SHA-256", encoder.encode(canonical)));
}

/** A proof for one request: `url` without query and fragment; `accessToken` when the request presents one. */
export async function signProof(
  key: DPoPKey,
  method: string,
  url: string,
  accessToken?: string,
  nonce?: string,
): Promise<string> {
  const target = new URL(url);
  target.search = "";
  target.hash = "";
  const claims: Record<string, string | number> = {
    jti: crypto.randomUUID(),
    htm: method.toUpperCase(),
    htu: target.href,
    iat: Math.floor(Date.now() / 1000),
  };
  if (accessToken !== undefined) {
    claims["ath"] = base64url(await crypto.subtle.digest("SHA-256", encoder.encode(accessToken)));
  }
  if (nonce !== undefined) {
    claims["nonce"] = nonce;
  }
  const header = { typ: "dpop+jwt", alg: "ES256", jwk: key.publicJwk };
  const input = `${base64url(encoder.encode(JSON.stringify(header)))}.${base64url(encoder.encode(JSON.stringify(claims)))}`;
  // WebCrypto's ECDSA signature is r || s, which is what a JWS carries (RFC 7518 §3.4).
  const signature = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, key.privateKey, encoder.encode(input));
  return `${input}.${base64url(signature)}`;
}

/** Signs every request of an openapi-fetch client; `token` may be a function, asked before each request. */
export function dpopMiddleware(token: string | (() => string | Promise<string>), key: DPoPKey): Middleware {
  let nonce: string | undefined;
  const unsent = new Map<string, Request>(); // each request's copy, body and all, for a retry with a nonce

  async function signed(request: Request): Promise<Request> {
    const accessToken = typeof token === "string" ? token : await token();
    request.headers.set("Authorization", `DPoP ${accessToken}`);
    request.headers.set("DPoP", await signProof(key, request.method, request.url, accessToken, nonce));
    return request;
  }

  return {
    async onRequest({ request, id }) {
      const ready = await signed(request);
      unsent.set(id, ready.clone());
      return ready;
    },
    async onResponse({ response, id, options }) {
      const copy = unsent.get(id);
      unsent.delete(id);
      const offered = response.headers.get("DPoP-Nonce");
      if (offered === null) {
        return undefined;
      }
      nonce = offered;
      const challenge = response.headers.get("WWW-Authenticate") ?? "";
      if (response.status !== 401 || copy === undefined || !challenge.includes('error="use_dpop_nonce"')) {
        return undefined;
      }
      return options.fetch(await signed(copy));
    },
    onError({ id }) {
      unsent.delete(id);
    },
  };
}
