/**
 * Numbers and units in answers: `1,000` = `1000`, `15분` = `15 min` = `15 minutes` = `900 s`,
 * `1초` = `1 s`, `1 GB` = `1000 MB` (SI factors), `15%` = `15 퍼센트`, `$0.20` = `0.2 USD`.
 * Counters such as `개`, `회`, `번` are dropped: `1,000개` = `1000`.
 */

/** Physical dimension of a unit; quantities only compare within one dimension. */
export type UnitDimension = "time" | "data" | "percent" | "currency" | "month" | "year" | "count";

interface UnitDef {
  dimension: UnitDimension;
  /** Factor to the dimension's base unit (seconds, bytes, …). */
  factor: number;
  /** Base-unit tag written after the value in canonical tokens. */
  tag: string;
}

const unit = (dimension: UnitDimension, factor: number, tag: string): UnitDef => ({ dimension, factor, tag });

/** Unit spellings (lower case) to their definition. */
const UNITS: Record<string, UnitDef> = {};
const define = (names: readonly string[], def: UnitDef) => {
  for (const name of names) UNITS[name] = def;
};
define(["ms", "msec", "millisecond", "milliseconds", "밀리초"], unit("time", 0.001, "s"));
define(["s", "sec", "secs", "second", "seconds", "초"], unit("time", 1, "s"));
define(["min", "mins", "minute", "minutes", "분"], unit("time", 60, "s"));
define(["h", "hr", "hrs", "hour", "hours", "시간"], unit("time", 3600, "s"));
define(["day", "days", "일"], unit("time", 86400, "s"));
define(["week", "weeks", "wk", "wks", "주"], unit("time", 604800, "s"));
define(["month", "months", "개월", "달"], unit("month", 1, "mo"));
define(["year", "years", "yr", "yrs", "년"], unit("year", 1, "y"));
define(["b", "byte", "bytes", "바이트"], unit("data", 1, "b"));
define(["kb", "킬로바이트"], unit("data", 1e3, "b"));
define(["mb", "메가바이트"], unit("data", 1e6, "b"));
define(["gb", "기가바이트"], unit("data", 1e9, "b"));
define(["tb", "테라바이트"], unit("data", 1e12, "b"));
define(["kib"], unit("data", 1024, "b"));
define(["mib"], unit("data", 1024 ** 2, "b"));
define(["gib"], unit("data", 1024 ** 3, "b"));
define(["tib"], unit("data", 1024 ** 4, "b"));
define(["%", "percent", "퍼센트", "프로"], unit("percent", 1, "%"));
define(["usd", "dollar", "dollars", "달러", "불"], unit("currency", 1, "usd"));
define(["개", "회", "번", "건", "장", "명", "times"], unit("count", 1, ""));

const UNIT_NAMES = Object.keys(UNITS).sort((a, b) => b.length - a.length);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A number, optional space, a unit; Latin units must not run into more letters (`5 secs` ok, `5 second-hand` no). */
const QUANTITY_RE = new RegExp(
  `(\\$\\s?)?(\\d+(?:\\.\\d+)*)(?:\\s?(${UNIT_NAMES.map(escapeRe).join("|")})(?![a-z]))?`,
  "g",
);

/** One number found in an answer. */
export interface Quantity {
  /** Canonical comparison key: base-unit value plus tag, e.g. `900s` for 15 min, `1000` for `1,000개`. */
  key: string;
  /** The number as written, normalised (`1,000.50` → `1000.5`), used for the "unit omitted" rule. */
  value: string;
  dimension: UnitDimension | null;
}

function canonicalNumber(raw: string): string {
  if ((raw.match(/\./g) ?? []).length > 1) return raw; // version numbers like 3.11.2
  return String(Number(raw));
}

/** Removes thousands separators: `1,000,000` → `1000000`, `1,5` is left alone. */
export function stripThousands(text: string): string {
  return text.replace(/\d{1,3}(?:,\d{3})+(?!\d)/g, (m) => m.replace(/,/g, ""));
}

/**
 * Replaces every number (with its unit, if any) in lower-cased text by a placeholder and returns the
 * quantities in order. `text` should already be lower case with thousands separators stripped.
 *
 * @example extractQuantities("timeout 15 minutes").quantities[0].key // "900s"
 */
export function extractQuantities(text: string): { rest: string; quantities: Quantity[] } {
  const quantities: Quantity[] = [];
  const rest = text.replace(QUANTITY_RE, (_m, dollar: string | undefined, num: string, unitName?: string) => {
    const value = canonicalNumber(num);
    const def = unitName ? UNITS[unitName] : dollar ? UNITS.usd : undefined;
    if (!def) {
      quantities.push({ key: value, value, dimension: null });
    } else {
      const base = def.factor === 1 ? value : String(Number((Number(num) * def.factor).toPrecision(12)));
      quantities.push({ key: `${base}${def.tag}`, value, dimension: def.dimension === "count" ? null : def.dimension });
    }
    return " ";
  });
  return { rest, quantities };
}
