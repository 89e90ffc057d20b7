"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ScenarioInput } from "@/lib/simulator";
import type { RunRequest, RunView, WorkerReply } from "./worker-protocol";

export type SimulationState =
  | { status: "idle" }
  | { status: "running"; fraction: number }
  | { status: "done" }
  | { status: "cancelled" }
  | { status: "invalid"; errors: string[] }
  | { status: "failed"; message: string };

/** Delay after the last change before a run starts: dragging a slider sends one run, not hundreds. */
const DEBOUNCE_MS = 150;

/**
 * Runs scenarios in a web worker. A newer request replaces an unfinished one by terminating the worker
 * (a run is one synchronous loop, so it cannot be interrupted any other way); the last finished run
 * stays visible meanwhile.
 */
export function useSimulation() {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const busy = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const [run, setRun] = useState<RunView | null>(null);
  const [state, setState] = useState<SimulationState>({ status: "idle" });

  const startWorker = useCallback(() => {
    const next = new Worker(new URL("./simulator.worker.ts", import.meta.url), { type: "module" });
    next.onmessage = (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.id !== latest.current) return;
      if (message.type === "progress") {
        setState({ status: "running", fraction: message.fraction });
        return;
      }
      busy.current = false;
      if (message.type === "done") {
        setRun(message.run);
        setState({ status: "done" });
      } else if (message.type === "invalid") setState({ status: "invalid", errors: message.errors });
      else setState({ status: "failed", message: message.message });
    };
    next.onerror = (event) => {
      busy.current = false;
      setState({ status: "failed", message: event.message || "worker error" });
    };
    worker.current = next;
    return next;
  }, []);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const request = useCallback(
    (scenario: ScenarioInput, presetId: string | null, immediate = false) => {
      window.clearTimeout(timer.current);
      const send = () => {
        if (busy.current && worker.current) {
          worker.current.terminate();
          worker.current = null;
        }
        let target: Worker;
        try {
          target = worker.current ?? startWorker();
        } catch (error) {
          setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
          return;
        }
        latest.current += 1;
        busy.current = true;
        setState({ status: "running", fraction: 0 });
        target.postMessage({ id: latest.current, scenario, presetId } satisfies RunRequest);
      };
      if (immediate) send();
      else timer.current = window.setTimeout(send, DEBOUNCE_MS);
    },
    [startWorker],
  );

  /** Stops the running scenario (the Cancel button): the worker is terminated, the last finished run stays. */
  const cancel = useCallback(() => {
    window.clearTimeout(timer.current);
    if (!busy.current) return;
    worker.current?.terminate();
    worker.current = null;
    busy.current = false;
    latest.current += 1;
    setState({ status: "cancelled" });
  }, []);

  return { run, state, request, cancel };
}
