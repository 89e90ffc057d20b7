/**
 * Rule 4: comparison tables. When the first column names the rows (non-empty, distinct, not just numbers),
 * every other non-empty data cell becomes a card "<row> — <column header>?" → cell.
 */
import type { Table, TableCell } from "mdast";
import type { ParseContext } from "./context";
import { offsets, plainText, startLine } from "./markdown";

function cellMarkdown(ctx: ParseContext, cell: TableCell): string {
  const first = cell.children[0];
  const last = cell.children[cell.children.length - 1];
  if (!first || !last) return "";
  return ctx.source.slice(offsets(first)[0], offsets(last)[1]).replace(/\\\|/g, "|").trim();
}

/** Adds the cards of one table, or nothing when it is not a comparison table. */
export function extractTable(ctx: ParseContext, table: Table): void {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0 || header.children.length < 2) return;
  const names = rows.map((row) => (row.children[0] ? plainText(row.children[0]).replace(/\s+/g, " ").trim() : ""));
  if (names.some((name) => name === "") || new Set(names).size !== names.length) return;
  if (names.every((name) => /^[\d\s.,%-]+$/.test(name))) return;
  const columns = header.children.map((cell, i) => plainText(cell).replace(/\s+/g, " ").trim() || `column ${i + 1}`);
  rows.forEach((row, r) => {
    row.children.forEach((cell, c) => {
      if (c === 0 || c >= columns.length) return;
      const back = cellMarkdown(ctx, cell);
      if (back === "") return;
      const front = `${names[r]} — ${columns[c]}?`;
      ctx.cards.push({ type: "basic", origin: "table", front, back, line: startLine(row), suggested: false });
    });
  });
}
