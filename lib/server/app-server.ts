import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

/** Runs `next build` unless the last build is still current (same sources). */
export function buildIfNeeded(): void {
  if (buildIsCurrent()) return;
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed; see the messages above");
  recordBuild();
}

export interface AppServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the production build on `port` against `databaseUrl` and resolves once /api/health answers. */
export async function startAppServer(options: {
  databaseUrl: string;
  port: number;
  secret: string;
  env?: Record<string, string>;
  quiet?: boolean;
}): Promise<AppServer> {
  const url = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(options.port)], {
    stdio: ["ignore", options.quiet ? "ignore" : "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: options.secret,
      NEXTAUTH_URL: url,
      ...options.env,
    },
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  for (let attempt = 0; ; attempt++) {
    const ok = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return { url, process: child, stop };
    if (attempt > 300 || child.exitCode !== null) {
      await stop();
      throw new Error(`The app did not start on port ${options.port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
