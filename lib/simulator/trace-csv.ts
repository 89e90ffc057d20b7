/**
 * Parser for replayed traces: a CSV whose column holds one request timestamp per row, either
 * numbers (seconds or milliseconds) or ISO-8601 dates. Times are returned in seconds relative to
 * the earliest row, sorted, ready for `{ "process": "trace", "timestampsSeconds": [...] }`.
 */

/** Options for `parseTraceCsv`. */
export interface TraceCsvOptions {
  /** Column index (0-based) or header name; default 0. */
  column?: number | string;
  /** Unit of numeric timestamps; default "s". */
  unit?: "s" | "ms";
  /** Keep absolute numeric times instead of shifting so the first request is at 0; default false. */
  absolute?: boolean;
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/**
 * Parses a trace CSV. A first row that is not a timestamp is taken as a header. Errors name the
 * line, e.g. `line 7: "abc" is not a number or ISO date`.
 *
 * @example parseTraceCsv("t\n0\n0.5\n2") // { ok: true, timestampsSeconds: [0, 0.5, 2] }
 */
export function parseTraceCsv(
  text: string,
  options: TraceCsvOptions = {},
): { ok: true; timestampsSeconds: number[] } | { ok: false; errors: string[] } {
  const lines = text.split(/\r?\n/);
  const errors: string[] = [];
  const values: number[] = [];
  let col = typeof options.column === "number" ? options.column : 0;
  const scale = options.unit === "ms" ? 0.001 : 1;
  let first = true;
  lines.forEach((raw, idx) => {
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    const cells = splitCsvLine(raw);
    if (first) {
      first = false;
      const header = typeof options.column === "string" ? cells.indexOf(options.column) : -1;
      if (typeof options.column === "string") {
        if (header < 0) errors.push(`line ${idx + 1}: no column named "${options.column}"`);
        else col = header;
        return;
      }
      const cell = cells[col] ?? "";
      if (Number.isNaN(Number(cell)) && Number.isNaN(Date.parse(cell))) return; // header row
    }
    const cell = cells[col];
    if (cell === undefined || cell === "") {
      errors.push(`line ${idx + 1}: column ${col + 1} is empty`);
      return;
    }
    const n = Number(cell);
    if (!Number.isNaN(n)) values.push(n * scale);
    else {
      const d = Date.parse(cell);
      if (Number.isNaN(d)) errors.push(`line ${idx + 1}: "${cell}" is not a number or ISO date`);
      else values.push(d / 1000);
    }
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) };
  if (values.length === 0) return { ok: false, errors: ["no timestamps found"] };
  values.sort((a, b) => a - b);
  const base = options.absolute ? 0 : (values[0] as number);
  return { ok: true, timestampsSeconds: values.map((v) => Math.round((v - base) * 1e6) / 1e6) };
}
