// Mistakes a real integrator could make, each of which the types generated from openapi.yaml must
// refuse.
//
// Each misuse is one statement on one line, preceded by `// @ts-expect-error`: `tsc --strict` fails
// with "Unused '@ts-expect-error' directive" on a misuse the types accept, which names a hole in the
// contract, to be closed in the code that generates openapi.yaml. Each is followed by its correct
// form, which must compile: it proves the misuse line has no other fault (a renamed path, a missing
// argument) that the directive would swallow. Never delete a misuse to make the build pass.
//
// Nothing here is run: `misuses` is compiled, never called.

import type createClient from "openapi-fetch";

import type { components, paths } from "./generated/openapi.js";

type Schemas = components["schemas"];
type Registry = ReturnType<typeof createClient<paths>>;

export async function misuses(
  client: Registry,
  councilId: string,
  representative: Schemas["RepresentativePublic"],
  etag: string,
  problem: Schemas["Problem"],
  health: Schemas["Health"],
): Promise<string[]> {
  const council = { path: { council_id: councilId } };
  const region = { path: { code: "helse-nord" } };
  const seat = { path: { representative_id: representative.id } };
  const person = { id: representative.person.id };
  const noticed: string[] = [];

  // 1. An appointment whose person reference names nobody: neither an `id` nor an inline person.
  // @ts-expect-error an empty person reference is neither {id} nor an inline person
  await client.POST("/v1/councils/{council_id}/representatives", { params: council, body: { person: {}, trust: "nordlandssykehuset" } });
  await client.POST("/v1/councils/{council_id}/representatives", { params: council, body: { person, trust: "nordlandssykehuset" } });

  // 2. A PATCH without If-Match: the service answers 428, so the types must demand the header.
  // @ts-expect-error If-Match is required on PATCH /v1/regions/{code}
  await client.PATCH("/v1/regions/{code}", { params: region, body: { regut_email: "regut@helse-nord.example.no" } });
  await client.PATCH("/v1/regions/{code}", { params: { ...region, header: { "If-Match": etag } }, body: { regut_email: "regut@helse-nord.example.no" } });

  // 3. A DELETE without If-Match: 428 as well.
  // @ts-expect-error If-Match is required on DELETE /v1/representatives/{representative_id}
  await client.DELETE("/v1/representatives/{representative_id}", { params: seat });
  await client.DELETE("/v1/representatives/{representative_id}", { params: { ...seat, header: { "If-Match": etag } } });

  // 4. A misspelt rule ID (the rule is HN-MAX-FOUR): the branch would never be taken.
  // @ts-expect-error HN-MAX-FIVE is no rule ID
  if (problem.rule === "HN-MAX-FIVE") noticed.push("too many representatives");
  if (problem.rule === "HN-MAX-FOUR") noticed.push("too many representatives");

  // 5. A misspelt region code as a filter (helse-nord is the code): an empty list, not a refusal.
  // @ts-expect-error helse-north is no region code
  await client.GET("/v1/councils", { params: { query: { region: "helse-north", specialty: "anestesiologi" } } });
  await client.GET("/v1/councils", { params: { query: { region: "helse-nord", specialty: "anestesiologi" } } });

  // 6. An audit entity type that does not exist: the path says health-trusts, the audit log health_trust.
  // @ts-expect-error health-trust is no audit entity type
  await client.GET("/v1/audit", { params: { query: { entity_type: "health-trust" } } });
  await client.GET("/v1/audit", { params: { query: { entity_type: "health_trust" } } });

  // 7. A leadership role in free text: the roles are leader, deputy_leader and coordinator.
  // @ts-expect-error chair is no leadership role
  if (representative.roles.includes("chair")) noticed.push("leads the council");
  if (representative.roles.includes("leader")) noticed.push("leads the council");

  // 8. A health status the service never sends: it says "ok", so a check for "UP" is never true.
  // @ts-expect-error the health status is never "UP"
  if (health.status === "UP") noticed.push("healthy");
  if (health.status === "ok") noticed.push("healthy");

  // 9. A seat that names both the appointing trust and the region: one or the other, never both. Each
  // shape declares only its own keys, so a body checked as the shape it means refuses the other key; a
  // bare literal is checked against the union, whose members together know both keys (TypeScript's
  // excess-property check), so that form is not refused (clients/typescript/README.md lists it).
  // @ts-expect-error a seat is for a trust (regional council) or a region (inter-regional), not both
  await client.POST("/v1/councils/{council_id}/representatives", { params: council, body: { person, trust: "nordlandssykehuset", region: "helse-nord" } satisfies Schemas["TrustAppointment"] });
  await client.POST("/v1/councils/{council_id}/representatives", { params: council, body: { person, trust: "nordlandssykehuset" } satisfies Schemas["TrustAppointment"] });

  // 10. A proposal raised by a trust that names a council instead: `kind` decides which key it needs.
  // @ts-expect-error a trust-raised proposal names its trust
  const raisedBy: Schemas["ProposalCreate"]["raised_by"] = { kind: "trust", council: councilId };
  const raisedByTrust: Schemas["ProposalCreate"]["raised_by"] = { kind: "trust", trust: "unn" };
  noticed.push(String(raisedBy), String(raisedByTrust));

  // 11. An event type that does not exist: the feed's types are a closed set.
  // @ts-expect-error representative.created is no event type (representative.appointed is)
  const created: Schemas["Event"]["type"] = "representative.created";
  const appointed: Schemas["Event"]["type"] = "representative.appointed";
  noticed.push(created, appointed);

  // 12. Who raised a proposal without `kind`, the discriminator that says which key comes with it.
  // @ts-expect-error raised_by needs its kind
  const unkind: Schemas["ProposalCreate"]["raised_by"] = { trust: "unn" };
  const kind: Schemas["ProposalCreate"]["raised_by"] = { kind: "regut", region: "helse-nord" };
  noticed.push(String(unkind), String(kind));

  // 13. A council without its required `kind`: the service answers 422.
  // @ts-expect-error a council's kind is required
  await client.POST("/v1/councils", { body: { specialty: "nevrologi" } });
  await client.POST("/v1/councils", { body: { kind: "interregional", specialty: "nevrologi" } });

  return noticed;
}
