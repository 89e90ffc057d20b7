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
export async function startApiServer(env: Record<string, string> = {}): Promise<AppServer> {
  buildIfNeeded();
  return startAppServer({
    databaseUrl: inject("databaseUrl"),
    port: await findFreePort(4600),
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
