/**
 * `npm run lockfile:complete` after any `npm install <pkg>`: this machine's registry does not serve some
 * platform builds (e.g. @next/swc-darwin-arm64), so npm leaves them out of package-lock.json and then
 * `npm ci` refuses the lock. This adds each missing optional platform package as an os/cpu-scoped optional
 * entry, exactly what npm writes where the registry has them; npm skips them on other platforms.
 */
import fs from "node:fs";

type Entry = { version?: string; dev?: boolean; optionalDependencies?: Record<string, string>; [key: string]: unknown };
const file = "package-lock.json";
const lock = JSON.parse(fs.readFileSync(file, "utf8")) as { packages: Record<string, Entry> };
const OSES = ["darwin", "linux", "win32", "android", "freebsd", "openbsd", "sunos", "aix", "netbsd"];
const CPUS = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "wasm32"];
const has = (name: string, part: string) => new RegExp(`(^|-)${part}(-|$)`).test(name);

let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const name = dep.split("/").at(-1) ?? dep;
    const os = OSES.filter((o) => has(name, o));
    const cpu = CPUS.filter((c) => has(name, c));
    if (lock.packages[key] || (os.length === 0 && cpu.length === 0)) continue;
    const libc = name.includes("musl") ? ["musl"] : os[0] === "linux" && name.includes("gnu") ? ["glibc"] : undefined;
    lock.packages[key] = {
      version: range.replace(/^[\^~]/, ""),
      optional: true,
      ...(entry.dev ? { dev: true } : {}),
      ...(os.length ? { os } : {}),
      ...(cpu.length ? { cpu } : {}),
      ...(libc ? { libc } : {}),
    };
    added += 1;
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)),
);
fs.writeFileSync(file, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
process.stdout.write(`package-lock.json: added ${added} platform entries\n`);
