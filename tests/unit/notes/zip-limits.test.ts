/** Zip uploads: bombs, too many entries, escaping paths, binary files posing as notes. Zips are made here. */
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { readZipVault, ZIP_LIMITS, type ZipLimits } from "@/lib/server/notes/zip-vault";

const small: ZipLimits = { maxEntries: 10, maxFileBytes: 4_000, maxTotalBytes: 10_000, maxRatio: 50 };

/** Rewrites every size field of the archive to claim `claimed` bytes, as a zip bomb does. */
function lieAboutSizes(zip: Uint8Array, claimed: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let offset = 0; offset + 4 <= out.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50) view.setUint32(offset + 22, claimed, true); // local header
    if (signature === 0x02014b50) view.setUint32(offset + 24, claimed, true); // central directory
  }
  return out;
}

describe("zip limits", () => {
  test("an entry that claims 200 bytes but inflates past the per-file limit is stopped, naming the limit", async () => {
    const bomb = lieAboutSizes(zipSync({ "bomb.md": new Uint8Array(200_000) }, { level: 9 }), 200);
    await expect(readZipVault(bomb, small)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      reason: "zip-file-too-large",
      message: expect.stringContaining("4 KB"),
    });
  });

  test("the total uncompressed size and the compression ratio are capped", async () => {
    const many = Object.fromEntries(
      Array.from({ length: 4 }, (_, index) => [`n${index}.md`, strToU8(`# Note ${index}\n${"word ".repeat(700)}`)]),
    );
    await expect(readZipVault(zipSync(many, { level: 0 }), small)).rejects.toMatchObject({
      reason: "zip-too-large",
    });
    const repetitive = zipSync({ "a.md": strToU8("a".repeat(3_900)) }, { level: 9 });
    await expect(readZipVault(repetitive, small)).rejects.toMatchObject({ reason: "zip-ratio" });
  });

  test("too many entries are refused before anything is inflated", async () => {
    const entries = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`n${index}.md`, strToU8("# x")]));
    await expect(readZipVault(zipSync(entries), small)).rejects.toMatchObject({ reason: "zip-too-many-entries" });
  });

  test("paths are normalised; escaping, absolute and backslash paths are refused per file", async () => {
    const zip = zipSync({
      "dir/./ok.md": strToU8("# ok"),
      "../../escape.md": strToU8("# bad"),
      "/absolute.md": strToU8("# bad"),
      "dir\\..\\..\\back.md": strToU8("# bad"),
      "C:/drive.md": strToU8("# bad"),
    });
    const result = await readZipVault(zip, small);
    expect(result.files.map((file) => file.path)).toEqual(["dir/ok.md"]);
    expect(result.rejected.map((entry) => entry.reason)).toEqual([
      "unsafe-path",
      "unsafe-path",
      "unsafe-path",
      "unsafe-path",
    ]);
  });

  test("a binary file renamed .md is reported as not text; an empty one is a warning", async () => {
    const zip = zipSync({
      "photo.md": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
      "latin1.md": new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      "empty.md": new Uint8Array(0),
      "fine.md": strToU8("# fine"),
    });
    const result = await readZipVault(zip, small);
    expect(result.files.map((file) => file.path)).toEqual(["empty.md", "fine.md"]);
    expect(result.rejected).toEqual([
      { path: "latin1.md", reason: "not-text" },
      { path: "photo.md", reason: "not-text" },
    ]);
    expect(result.warnings).toEqual([{ path: "empty.md", reason: "empty-file" }]);
  });
});

/** Counts event-loop turns (a 1 ms timer re-armed each turn) while `work` runs; no threshold is a duration. */
async function turnsWhile<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let settled = false;
  const spin = () => {
    if (settled) return;
    turns++;
    setTimeout(spin, 1);
  };
  setTimeout(spin, 1);
  try {
    return { result: await work(), turns };
  } finally {
    settled = true;
  }
}

/** Deterministic prose-like text (compresses a few times, like real notes, so the ratio limit is not hit). */
function prose(bytes: number, seed: number): string {
  const words = ["lambda", "timeout", "region", "bucket", "glacier", "retrieval", "queue", "throttle", "cold", "start"];
  let state = seed;
  const out: string[] = [];
  for (let size = 0; size < bytes; ) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const word = `${words[state % words.length]}${state % 997}`;
    out.push(word);
    size += word.length + 1;
  }
  return out.join(" ").slice(0, bytes);
}

test("a large zip is inflated while the event loop keeps turning (other requests go on)", async () => {
  const entries = Object.fromEntries(
    Array.from({ length: 16 }, (_, index) => [`notes/n${index}.md`, strToU8(prose(400_000, index + 1))]),
  );
  const zip = zipSync(entries, { level: 1 });
  const { result, turns } = await turnsWhile(() => readZipVault(zip, ZIP_LIMITS));
  expect(result.files).toHaveLength(16);
  expect(turns).toBeGreaterThanOrEqual(3);
  // The same archive inflated in one synchronous call lets no turn through: the measure tells them apart.
  const blocking = await turnsWhile(async () => unzipSync(zip));
  expect(Object.keys(blocking.result)).toHaveLength(16);
  expect(blocking.turns).toBeLessThanOrEqual(1);
}, 120_000);
