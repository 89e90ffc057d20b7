import path from "node:path";
import { defineConfig } from "prisma/config";
// Prisma 6.19's own adapter cannot introspect Postgres `name` columns during `migrate deploy`;
// the 7.x adapter can, so the CLI uses it (see ../shared/notes/environment.md). The app uses 6.19's.
import { PrismaPg } from "pg-adapter-for-migrate";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" });
  },
});
