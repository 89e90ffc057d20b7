/** Reading a vault: recursive .md listing with ignored folders, and .zip archives. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, describe, expect, test } from "vitest";
import { listVaultFiles, readVaultFiles } from "@/lib/server/notes/vault-files";
import { readZipVault } from "@/lib/server/notes/zip-vault";

const root = mkdtempSync(join(tmpdir(), "recall-vault-"));
const files: Record<string, string> = {
  "Lambda.md": "# Lambda",
  "AWS/SQS.md": "# SQS\n큐",
  "AWS/deep/VPC.markdown": "# VPC",
  "AWS/image.png": "png",
  ".obsidian/workspace.md": "ignored",
  ".git/HEAD.md": "ignored",
  "node_modules/pkg/README.md": "ignored",
  "AWS/notes.txt": "not markdown",
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), content);
}
writeFileSync(join(root, "bom.md"), "\uFEFF# BOM");

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("vault", () => {
  test("listVaultFiles lists .md files recursively, ignoring .obsidian, .git and node_modules", async () => {
    expect(await listVaultFiles(root)).toEqual(["AWS/SQS.md", "AWS/deep/VPC.markdown", "Lambda.md", "bom.md"]);
  });

  test("readVaultFiles reads a folder or a single file (BOM stripped)", async () => {
    const all = await readVaultFiles(root);
    expect(all.find((file) => file.path === "AWS/SQS.md")?.content).toBe("# SQS\n큐");
    expect(all.find((file) => file.path === "bom.md")?.content).toBe("# BOM");
    expect(await readVaultFiles(join(root, "Lambda.md"))).toEqual([{ path: "Lambda.md", content: "# Lambda" }]);
  });

  test("readZipVault returns the Markdown files of a zip, sorted", async () => {
    const zip = zipSync({
      "vault/b.md": strToU8("# B 한글"),
      "vault/a.md": strToU8("# A"),
      "vault/.obsidian/app.md": strToU8("x"),
      "__MACOSX/vault/._a.md": strToU8("x"),
      "vault/pic.png": new Uint8Array([1, 2, 3]),
      "vault/sub/": new Uint8Array(),
    });
    expect((await readZipVault(zip)).files).toEqual([
      { path: "vault/a.md", content: "# A" },
      { path: "vault/b.md", content: "# B 한글" },
    ]);
  });

  test("readZipVault rejects bytes that are not a zip with a short message", async () => {
    await expect(readZipVault(strToU8("not a zip"))).rejects.toThrow(/not a readable zip/);
  });
});
