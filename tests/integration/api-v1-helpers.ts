import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";
import { type AppServer, buildIfNeeded, startAppServer } from "@/lib/server/app-server";
import { findFreePort } from "@/lib/server/postgres";

const run = promisify(execFile);

/** The production build, started on the integration database, as a real HTTP server. */
export async function startApiServer(env: Record<string, string> = {}, port?: number): Promise<AppServer> {
  buildIfNeeded();
  return startAppServer({
    databaseUrl: inject("databaseUrl"),
    port: port ?? (await findFreePort(4600)),
    secret: randomBytes(24).toString("hex"),
    quiet: true,
    env,
  });
}

/** `npm run --silent cli -- …` as a user would run it (tsx, same entry point), with its exit code. */
export async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["cli/index.ts", ...args], {
      env: { ...process.env, DATABASE_URL: inject("databaseUrl"), ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

export function tempVault(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "recall-vault-"));
}

/** A fetch against the API with a bearer token. */
export function api(base: string, token: string | null) {
  return (route: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    return fetch(`${base}/api/v1${route}`, {
      ...rest,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(json === undefined ? {} : { "content-type": "application/json" }),
        ...(rest.headers as Record<string, string> | undefined),
      },
      body: json === undefined ? rest.body : JSON.stringify(json),
    });
  };
}

/**
 * Signs in through next-auth's credentials endpoint as the browser does (a user from `makeUser`, whose
 * password is fixed) and returns the Cookie header for later requests.
 */
export async function signInCookie(base: string, email: string, password = "integration-pass-1"): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: base },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`could not sign in ${email}`);
  return cookie();
}
