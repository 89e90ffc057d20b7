import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { closeSharedBrowser } from "../browser/browser";

// Every browser test file may seed data straight into the server's database and uses one Chromium.
process.env.DATABASE_URL = inject("serverDatabaseUrl");

afterAll(async () => {
  await closeSharedBrowser();
  await disconnectDb();
});
