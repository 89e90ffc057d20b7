/** Worker-thread entry of the note pool: parses and renders notes off the main event loop. */
import { parentPort } from "node:worker_threads";
import { runTask, type WorkerRequest, type WorkerResponse } from "./worker-task";

// Test hook (tests/unit/notes/parse-pool.test.ts): a note containing this marker blocks the thread for good,
// standing in for a note that takes longer than any budget. Unset outside that test.
const hangMarker = process.env.RECALL_TEST_PARSE_HANG_MARKER;

function hangIfMarked(source: string): void {
  if (hangMarker && source.includes(hangMarker)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

parentPort?.on("message", (request: WorkerRequest) => {
  // Starting the task starts its first note's budget (a worker's start-up is not the note's time).
  if (request.task.kind === "parse") parentPort?.postMessage({ id: request.id, parsed: 0 } satisfies WorkerResponse);
  const result = runTask(request.task, {
    beforeNote: (input) => hangIfMarked(input.source),
    // Each finished note restarts the budget of the next one in the pool.
    afterNote: (parsed) => parentPort?.postMessage({ id: request.id, parsed } satisfies WorkerResponse),
  });
  parentPort?.postMessage({ id: request.id, result } satisfies WorkerResponse);
});
