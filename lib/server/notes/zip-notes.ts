/** Writing notes into a zip as a stream: one file deflated per pull, so a large vault never sits whole in memory twice. */
import { strToU8, Zip, ZipDeflate } from "fflate";

/** A zip (UTF-8 names) of `files`, produced as the reader pulls. */
export function zipNotesStream(files: readonly { path: string; content: string }[]): ReadableStream<Uint8Array> {
  let next = 0;
  let zip: Zip;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    pull() {
      const file = files[next++];
      if (!file) {
        zip.end();
        return;
      }
      const entry = new ZipDeflate(file.path, { level: 6 });
      zip.add(entry);
      entry.push(strToU8(file.content), true);
    },
  });
}
