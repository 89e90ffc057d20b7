import fs from "node:fs/promises";
import path from "node:path";
import type { Locale } from "./locale";

const cache = new Map<Locale, Record<string, unknown>>();

/**
 * All messages of a locale: one JSON file per area in messages/<locale>/ (so features add strings
 * without touching each other's files), merged under the file name as namespace.
 */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dir = path.join(process.cwd(), "messages", locale);
  const files = (await fs.readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  const entries = await Promise.all(
    files.map(
      async (file) =>
        [path.basename(file, ".json"), JSON.parse(await fs.readFile(path.join(dir, file), "utf8"))] as const,
    ),
  );
  const messages = Object.fromEntries(entries);
  cache.set(locale, messages);
  return messages;
}
