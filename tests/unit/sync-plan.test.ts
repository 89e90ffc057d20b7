import { describe, expect, test } from "vitest";
import { batches, planUpload } from "@/cli/sync/plan-upload";

const file = (path: string, hash: string, content = `content of ${path}`) => ({ path, hash, content });

describe("planUpload", () => {
  test("sends new and changed files, counts the rest unchanged, deletes what left the vault", () => {
    const plan = planUpload([file("a.md", "h1"), file("b.md", "h2-new"), file("c.md", "h3")], {
      "a.md": "h1",
      "b.md": "h2",
      "gone.md": "h9",
    });
    expect(plan.changed.map((f) => f.path)).toEqual(["b.md", "c.md"]);
    expect(plan.unchanged).toBe(1);
    expect(plan.deleted).toEqual(["gone.md"]);
    expect(plan.renamed).toEqual([]);
  });

  test("a file gone from one path and new at another with the same content is a rename, not a delete", () => {
    const plan = planUpload([file("new/place.md", "same"), file("other.md", "same")], { "old.md": "same" });
    expect(plan.renamed).toEqual([{ from: "old.md", to: "new/place.md" }]);
    expect(plan.deleted).toEqual([]);
  });
});

describe("batches", () => {
  test("splits by file count and bytes; deletions and renames ride with the first request", () => {
    const files = ["a", "b", "c", "d", "e"].map((name) => file(`${name}.md`, name, "x".repeat(100)));
    const plan = { changed: files, unchanged: 0, deleted: ["gone.md"], renamed: [{ from: "o.md", to: "a.md" }] };
    expect(batches(plan, 2, 10_000).map((b) => b.files.map((f) => f.path))).toEqual([
      ["a.md", "b.md"],
      ["c.md", "d.md"],
      ["e.md"],
    ]);
    expect(batches(plan, 10, 300).map((b) => b.files.length)).toEqual([2, 2, 1]);
    const [first, second] = batches(plan, 2, 10_000);
    expect(first?.deleted).toEqual(["gone.md"]);
    expect(first?.renamed).toEqual([{ from: "o.md", to: "a.md" }]);
    expect(second?.deleted).toEqual([]);
  });

  test("a deletion alone is still one request; nothing to do is none", () => {
    expect(batches({ changed: [], unchanged: 3, deleted: ["x.md"], renamed: [] }, 10, 100)).toHaveLength(1);
    expect(batches({ changed: [], unchanged: 3, deleted: [], renamed: [] }, 10, 100)).toHaveLength(0);
  });
});
