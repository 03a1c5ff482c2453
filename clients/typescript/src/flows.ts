// The README's flows, as a TypeScript integrator writes them: types generated from openapi.yaml by
// openapi-typescript (src/generated/, `npm run generate`), calls made with openapi-fetch.
//
//   REGISTRY_URL=http://127.0.0.1:8000 \
//   APPOINTMENTS_TOKEN=$(.venv/bin/python -m app token --scope appointments --org 983974910) \
//   ADMIN_TOKEN=$(.venv/bin/python -m app token --scope admin) \
//   DPOP_TOKEN=$(.venv/bin/python -m app token --scope admin --dpop) DPOP_KEY_FILE=.lis-dpop-key.pem \
//   node dist/flows.js
//
// Every step prints what it did; any status other than the one expected ends the program with 1.
// Run it against a freshly set-up registry: it appoints a representative, which only works once.

import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

import createClient from "openapi-fetch";

import { dpopMiddleware, importDPoPKey } from "./dpop.js";
import type { components, paths } from "./generated/openapi.js";

type Schemas = components["schemas"];
type Problem = Schemas["Problem"];

const REGION = "helse-nord";
const SPECIALTY = "anestesiologi";
const TRUST = "nordlandssykehuset"; // Nordlandssykehuset HF, organisation number 983974910

class FlowFailure extends Error {}

function environment(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new FlowFailure(`${name} is not set`);
  }
  return value;
}

function registry(baseUrl: string, token?: string) {
  return createClient<paths>({
    baseUrl,
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
}

/** What every openapi-fetch call returns: `data` for a declared success, `error` otherwise. */
interface Outcome<Data, Failure> {
  data?: Data;
  error?: Failure;
  response: Response;
}

function describe(outcome: Outcome<unknown, unknown>): string {
  const { status, statusText } = outcome.response;
  const body = outcome.error ?? outcome.data;
  return `${status} ${statusText}${body === undefined ? "" : ` ${JSON.stringify(body)}`}`;
}

/** The parsed body of the response, which must have `status`; anything else ends the program. */
function expect<Data, Failure>(what: string, status: number, outcome: Outcome<Data, Failure>): Data {
  if (outcome.response.status !== status || outcome.data === undefined) {
    throw new FlowFailure(`${what}: expected ${status}, got ${describe(outcome)}`);
  }
  console.log(`${what}: ${status}`);
  return outcome.data;
}

/** The problem+json of a refusal, which must have `status` and name `rule`. */
function expectRefusal<Data>(
  what: string,
  status: number,
  rule: Problem["rule"],
  outcome: Outcome<Data, Problem | undefined>,
): Problem {
  const problem = outcome.error;
  if (outcome.response.status !== status || problem === undefined || problem.rule !== rule) {
    throw new FlowFailure(`${what}: expected ${status} ${rule}, got ${describe(outcome)}`);
  }
  console.log(`${what}: ${status} ${problem.rule}`);
  return problem;
}

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new FlowFailure(`unexpected: ${what}`);
  }
}

function header(outcome: Outcome<unknown, unknown>, name: string): string {
  const value = outcome.response.headers.get(name);
  if (value === null) {
    throw new FlowFailure(`the response has no ${name} header: ${describe(outcome)}`);
  }
  return value;
}

/** (a) Anonymous: the Helse Nord anaesthesiology council, read by id; the regions. */
async function anonymousReads(baseUrl: string): Promise<Schemas["CouncilPublic"]> {
  const anonymous = registry(baseUrl);

  const listed = expect(
    `GET /v1/councils?region=${REGION}&specialty=${SPECIALTY}`,
    200,
    await anonymous.GET("/v1/councils", { params: { query: { region: REGION, specialty: SPECIALTY } } }),
  );
  check(listed.items.length === 1, `one council, not ${listed.items.length}`);
  const council = listed.items[0]!;
  check(council.kind === "regional" && council.region === REGION, `a regional council of ${REGION}`);
  console.log(`  the council: ${council.name} (${council.id})`);

  const read = expect(
    `GET /v1/councils/${council.id}`,
    200,
    await anonymous.GET("/v1/councils/{council_id}", { params: { path: { council_id: council.id } } }),
  );
  check(read.id === council.id && read.name === council.name, "the council read by id is the one listed");
  console.log(`  ${read.representatives.length} representatives on ${read.on}`);

  // Each operation answers one media type (the directory's CSV and XLSX are operations of their own), so
  // `data` is a Directory, read with no narrowing away of a `string`: tsc --strict refuses this otherwise.
  const directory = expect(
    `GET /v1/directory?region=${REGION}&specialty=${SPECIALTY}`,
    200,
    await anonymous.GET("/v1/directory", { params: { query: { region: REGION, specialty: SPECIALTY } } }),
  );
  check(
    directory.items.some((entry) => entry.id === council.id),
    "the council is in the directory",
  );
  console.log(`  the directory on ${directory.on}: ${directory.items.length} council(s)`);

  const regions = expect("GET /v1/regions", 200, await anonymous.GET("/v1/regions"));
  console.log(`  regions: ${regions.items.map((region) => region.code).join(", ")}`);
  check(
    regions.items.some((region) => region.code === REGION),
    `${REGION} is among the regions`,
  );
  return council;
}

/**
 * (b) Nordlandssykehuset appoints its representative, with an inline person, and reads the council's
 * compliance; (d) the POST carries an Idempotency-Key, and sending it again replays the first answer.
 */
async function trustAppoints(baseUrl: string, token: string, councilId: string): Promise<void> {
  const trust = registry(baseUrl, token);
  const idempotencyKey = randomUUID();
  // Typed with the contract's own shape, which makes tsc check the body for unknown (e.g. misspelt)
  // fields (openapi-fetch alone catches a missing or mistyped field but not an extra one:
  // openapi-ts/openapi-typescript#2329); the operation takes a value of that type as it is.
  const appointment: Schemas["TrustAppointment"] = {
    person: { name: "Kari Nordmann", title: "overlege", hpr_number: "9144889" },
    trust: TRUST,
    qualifications: { specialist_in_specialty: true },
  };
  const appoint = () =>
    trust.POST("/v1/councils/{council_id}/representatives", {
      params: { path: { council_id: councilId }, header: { "Idempotency-Key": idempotencyKey } },
      body: appointment,
    });
  const path = `POST /v1/councils/${councilId}/representatives`;

  const first = await appoint();
  const seat = expect(`${path} (Idempotency-Key ${idempotencyKey})`, 201, first);
  check(first.response.headers.get("Idempotency-Replayed") !== "true", "the first POST is not a replay");
  check(seat.person.name === "Kari Nordmann" && seat.trust === TRUST, "the seat is Kari Nordmann's, for the trust");
  check(seat.qualifications?.specialist_in_specialty === true, "the qualification was recorded");
  console.log(`  appointed ${seat.person.name} (${seat.seat}, from ${seat.starts_on}), seat ${seat.id}`);

  const again = await appoint();
  const replayed = expect(`${path} again, same Idempotency-Key`, 201, again);
  const replayHeader = header(again, "Idempotency-Replayed");
  check(replayHeader === "true", `Idempotency-Replayed: true, not ${replayHeader}`);
  check(replayed.id === seat.id, "the replay answers with the first seat");
  console.log(`  Idempotency-Replayed: ${replayHeader}, the same seat ${replayed.id}`);

  const seats = expect(
    `GET /v1/councils/${councilId}/representatives`,
    200,
    await trust.GET("/v1/councils/{council_id}/representatives", {
      params: { path: { council_id: councilId } },
    }),
  );
  const ours = seats.items.filter((item) => item.trust === TRUST);
  check(ours.length === 1 && ours[0]!.id === seat.id, `one seat for ${TRUST}, not ${ours.length}`);
  console.log(`  the retry wrote nothing: ${TRUST} has one seat`);

  const compliance = expect(
    `GET /v1/councils/${councilId}/compliance`,
    200,
    await trust.GET("/v1/councils/{council_id}/compliance", { params: { path: { council_id: councilId } } }),
  );
  check(compliance.council_id === councilId, "the report is the council's");
  for (const finding of compliance.findings) {
    console.log(`  ${finding.status.padEnd(9)} ${finding.rule} (${finding.severity}, ${finding.subject})`);
  }
}

/** (c) An administrator corrects the RegUt's e-mail with If-Match from the ETag of the last read. */
async function adminCorrectsRegion(baseUrl: string, token: string): Promise<void> {
  const admin = registry(baseUrl, token);
  const path = `/v1/regions/${REGION}`;

  const read = await admin.GET("/v1/regions/{code}", { params: { path: { code: REGION } } });
  const region = expect(`GET ${path}`, 200, read);
  const etag = header(read, "ETag");
  console.log(`  ETag ${etag}, RegUt e-mail ${region.regut.email ?? "(none)"}`);

  const email = "regut@helse-nord.example.no";
  const corrected = expect(
    `PATCH ${path} (If-Match ${etag})`,
    200,
    await admin.PATCH("/v1/regions/{code}", {
      params: { path: { code: REGION }, header: { "If-Match": etag } },
      body: { regut_email: email } satisfies Schemas["RegionCorrection"],
    }),
  );
  check(corrected.regut.email === email, `the RegUt e-mail is ${email}`);
  console.log(`  the RegUt e-mail is now ${corrected.regut.email}`);

  expectRefusal(
    `PATCH ${path} again with the ETag read before the change`,
    412,
    "PRECONDITION-FAILED",
    await admin.PATCH("/v1/regions/{code}", {
      params: { path: { code: REGION }, header: { "If-Match": etag } },
      body: { regut_email: "someone-else@helse-nord.example.no" } satisfies Schemas["RegionCorrection"],
    }),
  );
  const after = expect(`GET ${path}`, 200, await admin.GET("/v1/regions/{code}", { params: { path: { code: REGION } } }));
  check(after.regut.email === email, "the stale PATCH changed nothing");
}

/**
 * (f) The administrator reads RegUt's compliance overview and the council's activity summary: JSON
 * typed as their own shapes (the pages are operations of their own, `….html`), read with no narrowing.
 */
async function adminReadsOverviews(baseUrl: string, token: string, councilId: string): Promise<void> {
  const admin = registry(baseUrl, token);
  const overview = expect(
    `GET /v1/compliance?region=${REGION}`,
    200,
    await admin.GET("/v1/compliance", { params: { query: { region: REGION } } }),
  );
  check(
    overview.councils.some((entry) => entry.council.id === councilId),
    "the council is in the overview",
  );
  console.log(`  ${overview.summary.councils} councils judged on ${overview.on}`);

  const summary = expect(
    `GET /v1/councils/${councilId}/activity-summary`,
    200,
    await admin.GET("/v1/councils/{council_id}/activity-summary", { params: { path: { council_id: councilId } } }),
  );
  check(summary.council.id === councilId, "the summary is the council's");
  console.log(`  the summary of ${summary.year}, judged on ${summary.as_of}`);
}

/**
 * (e) The same administrator with a DPoP-bound token, as HelseID issues them: every request signed by
 * the middleware with the key the token is bound to (and, where the service asks, with its nonce).
 * The token alone, sent as a bearer token, is refused.
 */
async function adminWithDPoP(baseUrl: string, token: string, keyFile: string): Promise<void> {
  const admin = createClient<paths>({ baseUrl });
  admin.use(dpopMiddleware(token, await importDPoPKey(readFileSync(keyFile, "utf-8"))));
  const path = `/v1/regions/${REGION}`;

  const read = await admin.GET("/v1/regions/{code}", { params: { path: { code: REGION } } });
  expect(`GET ${path} with DPoP`, 200, read);
  const etag = header(read, "ETag");
  const email = "regut.dpop@helse-nord.example.no";
  const corrected = expect(
    `PATCH ${path} with DPoP (If-Match ${etag})`,
    200,
    await admin.PATCH("/v1/regions/{code}", {
      params: { path: { code: REGION }, header: { "If-Match": etag } },
      body: { regut_email: email } satisfies Schemas["RegionCorrection"],
    }),
  );
  check(corrected.regut.email === email, `the RegUt e-mail is ${email}`);

  const stolen = await registry(baseUrl, token).GET("/v1/regions/{code}", { params: { path: { code: REGION } } });
  expectRefusal(`GET ${path} with the bound token as a bearer token`, 401, "UNAUTHENTICATED", stolen);
  const challenge = header(stolen, "WWW-Authenticate");
  check(challenge.includes('error="invalid_token"'), `the challenge names invalid_token: ${challenge}`);
}

async function main(): Promise<void> {
  const baseUrl = environment("REGISTRY_URL");
  const appointmentsToken = environment("APPOINTMENTS_TOKEN");
  const adminToken = environment("ADMIN_TOKEN");

  console.log("(a) anonymous reads");
  const council = await anonymousReads(baseUrl);
  console.log(`(b, d) ${TRUST} appoints its representative, and retries with the same Idempotency-Key`);
  await trustAppoints(baseUrl, appointmentsToken, council.id);
  console.log("(c) an administrator corrects the region with If-Match");
  await adminCorrectsRegion(baseUrl, adminToken);
  console.log("(e) the administrator again, with a DPoP-bound token and a proof per request");
  await adminWithDPoP(baseUrl, environment("DPOP_TOKEN"), environment("DPOP_KEY_FILE"));
  console.log("(f) the administrator reads the compliance overview and the council's activity summary");
  await adminReadsOverviews(baseUrl, adminToken, council.id);
  console.log("all flows done");
}

main().catch((error: unknown) => {
  console.error(error instanceof FlowFailure ? error.message : error);
  process.exit(1);
});
