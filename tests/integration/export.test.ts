import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { recordReview } from "@/lib/db/cards/record-review";
import { db } from "@/lib/db/client";
import { importVault } from "@/lib/db/import/import-vault";
import { exportReviewStates } from "@/lib/db/notes/export-review-states";
import { readVaultFiles } from "@/lib/server/notes/vault-files";
import { makeUser } from "./helpers";

const tracked = `---
title: IAM 정책
⭕첫 학습날: 2026-02-01
❤1일복습여부: false
🧡4일복습여부: false
💛7일복습여부: false
💚14일복습여부: false
🧠장기기억: false
진행바: ⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 0%
other: "kept exactly"   # a comment
---
# IAM

Policy evaluation::explicit deny wins
`;

const untracked = "# S3\r\n\r\nDefault storage class::S3 Standard\r\n";

test("export writes the review state back, changing only the review keys, and re-imports losslessly", async () => {
  const user = await makeUser({ timeZone: "Asia/Seoul" });
  const vault = fs.mkdtempSync(path.join(os.tmpdir(), "recall-export-"));
  fs.mkdirSync(path.join(vault, "aws"));
  fs.writeFileSync(path.join(vault, "aws", "iam.md"), tracked);
  fs.writeFileSync(path.join(vault, "s3.md"), untracked);

  const now = new Date("2026-02-01T12:00:00+09:00");
  await importVault({ userId: user.id, files: await readVaultFiles(vault), now });
  const cards = await db().card.findMany({ where: { userId: user.id }, include: { note: true } });
  const iam = cards.find((card) => card.note.path === "aws/iam.md")!;
  // Day 0 was imported from frontmatter (first study 2026-02-01, nothing ticked): due 02-02 for checkpoint 1.
  await recordReview({
    userId: user.id,
    cardId: iam.id,
    grade: "remembered",
    requestId: randomUUID(),
    at: new Date("2026-02-02T09:00:00+09:00"),
  });

  const summary = await exportReviewStates({
    userId: user.id,
    folder: vault,
    now: new Date("2026-02-02T10:00:00+09:00"),
  });
  expect(summary.written).toEqual(["aws/iam.md"]);
  expect(summary.notStudied).toEqual(["s3.md"]);

  const exported = fs.readFileSync(path.join(vault, "aws", "iam.md"), "utf8");
  const before = tracked.split("\n");
  const after = exported.split("\n");
  expect(after.length).toBe(before.length);
  const changed = after.flatMap((line, index) => (line === before[index] ? [] : [line]));
  expect(changed.length).toBeGreaterThan(0);
  expect(changed.every((line) => /^(❤1일복습여부|진행바|학습률)/.test(line))).toBe(true);
  expect(exported).toContain("❤1일복습여부: true");
  expect(exported).toContain('other: "kept exactly"   # a comment');
  expect(fs.readFileSync(path.join(vault, "s3.md"), "utf8")).toBe(untracked);

  // Importing the exported vault keeps every card and its history.
  const reimport = await importVault({ userId: user.id, files: await readVaultFiles(vault) });
  expect(reimport.cards).toEqual({ added: 0, updated: 0, archived: 0 });
  const afterCards = await db().card.findMany({ where: { userId: user.id } });
  expect(afterCards.find((card) => card.id === iam.id)).toMatchObject({ reps: 1, checkpoint: "4" });
});
