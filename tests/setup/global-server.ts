import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIsCurrent, recordBuild } from "@/lib/server/build-fingerprint";
import { findFreePort } from "@/lib/server/postgres";
import { createTestDatabase } from "./temporary-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    serverDatabaseUrl: string;
  }
}

/** Browser tests run against the production build (`next start`) on a fresh database. */
export default async function setup(project: TestProject) {
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  if (!buildIsCurrent()) {
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("next build failed");
    recordBuild();
  }
  const database = await createTestDatabase("browser");
  const port = await findFreePort(3900);
  const baseUrl = `http://localhost:${port}`;
  const server: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: "browser-test-secret-not-for-production",
      NEXTAUTH_URL: baseUrl,
    },
  });
  for (let attempt = 0; ; attempt++) {
    const ok = await fetch(`${baseUrl}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (attempt > 300 || server.exitCode !== null) throw new Error("The app did not start for browser tests");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide("baseUrl", baseUrl);
  project.provide("serverDatabaseUrl", database.url);
  process.env.DATABASE_URL = database.url;
  return async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
    await database.stop();
  };
}
