// The LIS council registry's client: openapi-fetch over the types generated from the contract
// (openapi.yaml, whose info.version this package's version equals). Every operation's path, parameters,
// body and answers are typed; a call returns `{ data }` for a declared success and `{ error }` (a
// problem+json `Problem`) otherwise.
//
// HelseID's DPoP-bound tokens are sent with a proof signed per request: `client.use(dpopMiddleware(token,
// key))` instead of `token` (./dpop.js, WebCrypto). Further signers slot in the same way.

import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";

import type { components, operations, paths } from "./generated/openapi.js";

export type { components, operations, paths };
export type { Middleware } from "openapi-fetch";
export { type DPoPKey, dpopMiddleware, generateDPoPKey, importDPoPKey, signProof, thumbprint } from "./dpop.js";

/** The contract's named shapes: `Schemas["TrustAppointment"]`, `Schemas["Problem"]`, … */
export type Schemas = components["schemas"];

export type RegistryClient = Client<paths>;

/** A bearer token, or a function that gives the current one (called for every request). */
export type TokenSource = string | (() => string | Promise<string>);

export interface RegistryOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Sent as `Authorization: Bearer …`; anonymous reads need none. */
  token?: TokenSource | undefined;
}

/** Sets `Authorization: Bearer <token>` on every request. */
export function bearer(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === "function" ? await token() : token;
      request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
}

/** A client for the registry at `baseUrl` (e.g. `https://lis-registry.example.no`). */
export function createRegistryClient(baseUrl: string, options: RegistryOptions = {}): RegistryClient {
  const { token, ...rest } = options;
  const client = createClient<paths>({ ...rest, baseUrl });
  if (token !== undefined) {
    client.use(bearer(token));
  }
  return client;
}
