import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "vitest";
import { zipNotesStream } from "@/lib/server/notes/zip-notes";

test("zipNotesStream: every file at its path with its exact text, Korean names included", async () => {
  const files = [
    { path: "네트워크/서브넷.md", content: "---\n⭕첫 학습날: 2026-03-02\n---\n# 서브넷\r\n" },
    { path: "a.md", content: "" },
    { path: "deep/er/b.md", content: "x".repeat(100_000) },
  ];
  const bytes = new Uint8Array(await new Response(zipNotesStream(files)).arrayBuffer());
  const entries = unzipSync(bytes);
  expect(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]))).toEqual(
    Object.fromEntries(files.map((file) => [file.path, file.content])),
  );
});

test("zipNotesStream: no notes is an empty, valid zip", async () => {
  const bytes = new Uint8Array(await new Response(zipNotesStream([])).arrayBuffer());
  expect(unzipSync(bytes)).toEqual({});
});
