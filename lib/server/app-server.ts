import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

/** The bundler's "traces the whole project" warning: a dynamic filesystem path reachable from a route. */
const WHOLE_PROJECT_TRACING = "Dynamic filesystem access causes tracing of the whole project";

/** Lines of `next build` output that name a whole-project tracing warning (with the file:line above it). */
export function wholeProjectTracingWarnings(output: string): string[] {
  const lines = output.split("\n");
  return lines.flatMap((line, index) =>
    line.includes(WHOLE_PROJECT_TRACING) ? [`${lines[index - 1]?.trim() ?? ""} ${line.trim()}`.trim()] : [],
  );
}

/**
 * Runs `next build` unless the last build is still current (same sources). With `cleanBuild` (the
 * browser tests) a whole-project tracing warning fails the build: a newcomer's first `npm start`
 * should not print a page of bundler warnings.
 */
export function buildIfNeeded(options: { cleanBuild?: boolean } = {}): void {
  if (buildIsCurrent()) return;
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: ["inherit", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.stdout.write(build.stdout ?? "");
  process.stderr.write(build.stderr ?? "");
  if (build.status !== 0) throw new Error("next build failed; see the messages above");
  const warnings = wholeProjectTracingWarnings(`${build.stdout ?? ""}\n${build.stderr ?? ""}`);
  if (options.cleanBuild && warnings.length > 0) {
    throw new Error(
      `next build warned about whole-project tracing (dynamic filesystem paths):\n${warnings.join("\n")}`,
    );
  }
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
  /** Extra Node.js flags for the server process (the benchmark's `--cpu-prof`, not allowed in NODE_OPTIONS). */
  nodeArgs?: string[];
}): Promise<AppServer> {
  const url = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), nextBin, "start", "-p", String(options.port)], {
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
