import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./temporary-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Integration tests: one fresh, migrated PostgreSQL database per run; never a mock. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("integration");
  project.provide("databaseUrl", database.url);
  process.env.DATABASE_URL = database.url;
  return () => database.stop();
}
