import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import webpush from "web-push";

/** Folder for local state (embedded Postgres, generated secrets). Git-ignored; RECALL_DATA_DIR overrides. */
export function dataDir(): string {
  // Local state chosen at run time, never part of the build: the bundler must not trace it (or the whole project).
  return path.resolve(/* turbopackIgnore: true */ process.env.RECALL_DATA_DIR ?? ".data");
}

interface Secrets {
  nextAuthSecret: string;
  unsubscribeSecret: string;
  vapid: { publicKey: string; privateKey: string };
}

/**
 * Secrets generated on first start and kept in the data folder, so restarts keep sessions valid.
 * Environment variables win, which is what several app instances behind a load balancer need.
 */
export function loadSecrets(dir = dataDir()): Secrets {
  const file = path.join(dir, "secrets.json");
  let stored: Partial<Secrets> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Secrets>;
  const secrets: Secrets = {
    ...stored,
    nextAuthSecret: stored.nextAuthSecret ?? randomBytes(32).toString("base64url"),
    unsubscribeSecret: stored.unsubscribeSecret ?? randomBytes(32).toString("base64url"),
    // Web Push identifies this server to browsers' push services with a VAPID key pair (RFC 8292).
    vapid: stored.vapid ?? webpush.generateVAPIDKeys(),
  };
  if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
