import fs from "node:fs";
import os from "node:os";

/** Clock ticks per second of /proc's utime/stime (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds a process has used so far, from /proc/<pid>/stat; 0 once it is gone. */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function childrenOf(parent: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === parent;
      } catch {
        return false;
      }
    });
}

/** CPU seconds of a process and its direct children (PostgreSQL: the postmaster and its backends). */
export function treeCpuSeconds(pid: number): number {
  return cpuSecondsOf(pid) + childrenOf(pid).reduce((sum, child) => sum + cpuSecondsOf(child), 0);
}

/** The parent of a process (a PostgreSQL backend's parent is the postmaster). */
export function parentOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/**
 * Samples CPU seconds of named processes across a measured stretch; `stop()` returns each one's share of
 * the machine (100 % = all cores busy) and of the wall-clock time.
 */
export function sampleCpu<Name extends string>(processes: Record<Name, () => number>) {
  const names = Object.keys(processes) as Name[];
  const startedAt = performance.now();
  const before = new Map(names.map((name) => [name, processes[name]()]));
  const machineBefore = os.cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
  return {
    stop() {
      const wallSeconds = (performance.now() - startedAt) / 1000;
      const cores = os.cpus().length;
      const idleSeconds = (os.cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0) - machineBefore) / 1000;
      const used = Object.fromEntries(
        names.map((name) => [name, processes[name]() - (before.get(name) ?? 0)]),
      ) as Record<Name, number>;
      return { wallSeconds, cores, used, machineIdleShare: idleSeconds / (wallSeconds * cores) };
    },
  };
}
