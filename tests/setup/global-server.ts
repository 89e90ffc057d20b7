import type { TestProject } from "vitest/node";
import { buildIfNeeded, startAppServer } from "@/lib/server/app-server";
import { findFreePort } from "@/lib/server/postgres";
import { createTestDatabase } from "./temporary-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    serverDatabaseUrl: string;
    sessionSecret: string;
  }
}

/** Browser tests run against the production build (`next start`) on a fresh database. */
export default async function setup(project: TestProject) {
  buildIfNeeded({ cleanBuild: true });
  const database = await createTestDatabase("browser");
  const secret = "browser-test-secret-not-for-production";
  const server = await startAppServer({
    databaseUrl: database.url,
    port: await findFreePort(3900),
    secret,
    quiet: true,
    // Lets tests run a user's daily reminder job now instead of waiting for the once-a-minute scan.
    // Every browser test signs up from 127.0.0.1: the per-address sign-up limit would stop the sixth.
    env: { RECALL_TEST_HOOKS: "1", RECALL_SIGN_UPS_PER_HOUR: "100000" },
  });
  project.provide("baseUrl", server.url);
  project.provide("serverDatabaseUrl", database.url);
  project.provide("sessionSecret", secret);
  process.env.DATABASE_URL = database.url;
  return async () => {
    await server.stop();
    await database.stop();
  };
}
