/** Worker-thread entry of the note pool: parses and renders notes off the main event loop. */
import { parentPort } from "node:worker_threads";
import { runTask, type WorkerRequest, type WorkerResponse } from "./worker-task";

parentPort?.on("message", (request: WorkerRequest) => {
  parentPort?.postMessage({ id: request.id, result: runTask(request.task) } satisfies WorkerResponse);
});
