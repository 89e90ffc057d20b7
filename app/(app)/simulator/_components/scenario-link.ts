/**
 * Shareable links: a scenario travels in the `s` search parameter as deflated JSON in base64url, so a
 * three-function scenario fits in a few hundred characters. Works in the browser and on the server.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { parseScenario, type Scenario, type ScenarioInput } from "@/lib/simulator";

export const SCENARIO_PARAM = "s";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The `s` parameter value for `scenario`. */
export function encodeScenario(scenario: ScenarioInput): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(scenario)), { level: 9 }));
}

/** A link (path and query) that opens `scenario` on the simulator page. */
export function scenarioHref(scenario: ScenarioInput): string {
  return `/simulator?${SCENARIO_PARAM}=${encodeScenario(scenario)}`;
}

export type DecodedLink =
  | { ok: true; scenario: Scenario }
  | { ok: false; reason: "damaged" }
  | { ok: false; reason: "invalid"; errors: string[] };

/** Reads an `s` value: damaged (not our encoding) or invalid (parseScenario's messages naming each bad field). */
export function decodeScenario(value: string): DecodedLink {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateSync(fromBase64Url(value))));
  } catch {
    return { ok: false, reason: "damaged" };
  }
  const parsed = parseScenario(json);
  return parsed.ok ? parsed : { ok: false, reason: "invalid", errors: parsed.errors };
}
