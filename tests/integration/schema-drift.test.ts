import pg from "pg";
import { afterAll, expect, inject, test } from "vitest";
import { runPrisma } from "@/lib/server/prisma-cli";

const migratedUrl = inject("databaseUrl");

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Tables, columns, types, defaults, indexes and constraints of the public schema, as sorted text. */
async function catalog(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const columns = await client.query(
      `select table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') as line
       from information_schema.columns where table_schema = 'public' and table_name <> '_prisma_migrations'`,
    );
    const indexes = await client.query(
      `select indexdef as line from pg_indexes where schemaname = 'public' and tablename <> '_prisma_migrations'`,
    );
    const constraints = await client.query(
      `select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) as line
       from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text not in ('_prisma_migrations', '"_prisma_migrations"')`,
    );
    const enums = await client.query(
      `select t.typname || '=' || string_agg(e.enumlabel, ',' order by e.enumsortorder) as line
       from pg_type t join pg_enum e on e.enumtypid = t.oid
       where t.typnamespace = 'public'::regnamespace group by t.typname`,
    );
    return [...columns.rows, ...indexes.rows, ...constraints.rows, ...enums.rows].map((row) => String(row.line)).sort();
  });
}

const freshName = `drift_${Date.now().toString(36)}`;
const freshUrl = (() => {
  const url = new URL(migratedUrl);
  url.pathname = `/${freshName}`;
  return url.toString();
})();

afterAll(async () => {
  await withClient(migratedUrl, (client) => client.query(`drop database if exists "${freshName}" with (force)`));
});

test("prisma/schema.prisma and the committed migrations describe the same database", async () => {
  const script = runPrisma(
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    {
      DATABASE_URL: migratedUrl,
    },
  );
  await withClient(migratedUrl, (client) => client.query(`create database "${freshName}"`));
  await withClient(freshUrl, (client) => client.query(script));

  const [fromMigrations, fromSchema] = await Promise.all([catalog(migratedUrl), catalog(freshUrl)]);
  expect(fromMigrations.length).toBeGreaterThan(20);
  expect(fromMigrations).toEqual(fromSchema);
});
