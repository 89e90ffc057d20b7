import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { parseNote } from "@/lib/notes/parse";
import type { ParsedNote } from "@/lib/notes/types";

const reasons: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The human-readable summary printed without `--json`. */
export function summarize(file: string, note: ParsedNote): string {
  const lines = [`${note.title}  (${file})`];
  lines.push(`  subject: ${note.subject ?? "-"}   tags: ${note.tags.join(", ") || "-"}   links: ${note.links.length}`);
  if (note.review) {
    const ticks = (["1", "4", "7", "14"] as const).map((day) => `${day}d ${note.review?.checkpoints[day] ? "✔" : "·"}`);
    lines.push(
      `  review: first studied ${note.review.firstStudied}; ${ticks.join("  ")}; long-term ${note.review.longTerm ? "yes" : "no"}`,
    );
  }
  const byOrigin = new Map<string, number>();
  for (const card of note.cards) byOrigin.set(card.origin, (byOrigin.get(card.origin) ?? 0) + 1);
  const counts = [...byOrigin].map(([origin, count]) => `${count} ${origin}`).join(", ");
  lines.push(`  ${note.cards.length} card(s)${counts ? `: ${counts}` : ""}, ${note.cues.length} cue question(s)`);
  for (const card of note.cards) {
    const mark = card.suggested ? " (suggested)" : "";
    lines.push(`  L${card.line} [${card.origin}]${mark} ${clip(card.front, 60)} → ${clip(card.back, 50)}`);
  }
  for (const warning of note.warnings) lines.push(`  warning L${warning.line}: ${warning.message}`);
  return lines.join("\n");
}

export function register(program: Command): void {
  program
    .command("parse <file>")
    .description("Parse a Markdown note and show its cue questions, cards and review state")
    .option("--json", "print one JSON object (stable contract, see issue 4)")
    .option(
      "--cue-heading <heading...>",
      "headings that start a cue-question section (default: 단서 질문, Cue questions, Cues, Questions…)",
    )
    .action(async (file: string, options: { json?: boolean; cueHeading?: string[] }) => {
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "";
        throw new Error(
          `cannot read ${file}: ${reasons[code] ?? (error instanceof Error ? error.message : String(error))}`,
        );
      }
      let source: string;
      let invalidUtf8 = false;
      try {
        source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        invalidUtf8 = true;
        source = new TextDecoder("utf-8").decode(bytes);
      }
      const note = parseNote(source, {
        path: file,
        ...(options.cueHeading ? { cueHeadings: options.cueHeading } : {}),
      });
      if (invalidUtf8)
        note.warnings.unshift({ line: 1, message: "the file is not valid UTF-8; unreadable bytes were replaced" });
      process.stdout.write(options.json ? `${JSON.stringify(note, null, 2)}\n` : `${summarize(file, note)}\n`);
    });
}
