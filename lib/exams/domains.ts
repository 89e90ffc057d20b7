import { examNamedBy } from "./custom-exam";
import type { ExamDomain, ExamProfile } from "./types";

const normalise = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The domain a frontmatter value names: its id or number (`2`, `"2"`, `"Domain 2"`), or its English or Korean
 * name (case and spacing ignored). Undefined when nothing matches.
 *
 * @example resolveDomain(saa, "Design Resilient Architectures")?.id // "2"
 */
export function resolveDomain(profile: Pick<ExamProfile, "domains">, value: unknown): ExamDomain | undefined {
  if (typeof value === "number") return profile.domains.find((dom) => dom.id === String(value));
  if (typeof value !== "string") return undefined;
  const wanted = normalise(value).replace(/^(domain|도메인)\s*/, "");
  return profile.domains.find(
    (dom) => dom.id.toLowerCase() === wanted || normalise(dom.name.en) === wanted || normalise(dom.name.ko) === wanted,
  );
}

/**
 * The domain whose keywords occur most often in `text` (a note's title, tags and body), with the hit count;
 * undefined when no keyword occurs. Ties go to the heavier domain. A suggestion for the mapping page only.
 */
export function suggestDomain(
  profile: Pick<ExamProfile, "domains">,
  text: string,
): { domain: ExamDomain; hits: number } | undefined {
  const haystack = normalise(text);
  let best: { domain: ExamDomain; hits: number } | undefined;
  for (const domain of profile.domains) {
    const hits = domain.keywords.reduce((n, word) => n + countOccurrences(haystack, normalise(word)), 0);
    if (hits > 0 && (!best || hits > best.hits || (hits === best.hits && domain.weight > best.domain.weight))) {
      best = { domain, hits };
    }
  }
  return best;
}

function countOccurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** What a note says about its exam in frontmatter (`exam:`, `exam-domain:`), read from the parsed object. */
export function frontmatterExam(frontmatter: unknown): { exam?: string; domain?: unknown } {
  if (!frontmatter || typeof frontmatter !== "object") return {};
  const fm = frontmatter as Record<string, unknown>;
  const exam = typeof fm.exam === "string" ? fm.exam.trim().toUpperCase() : undefined;
  const domain = fm["exam-domain"] ?? fm.examDomain;
  return { ...(exam ? { exam } : {}), ...(domain !== undefined && domain !== null ? { domain } : {}) };
}

/** A tag or subject the user mapped to a domain of one exam. */
export interface DomainMappingRule {
  kind: "tag" | "subject";
  value: string;
  domainId: string;
}

/** What `domainOfNote` reads from a note. */
export interface NoteForMapping {
  frontmatter: unknown;
  subject: string | null;
  tags: readonly string[];
}

/**
 * The domain of `profile` a note's cards belong to, or undefined when unmapped:
 * 1. a note whose frontmatter `exam:` names another exam belongs to none of this one's domains;
 * 2. frontmatter `exam-domain:` (number or name) when it names a domain of this exam;
 * 3. the mapping of the note's subject; 4. the mapping of its first mapped tag (in the note's tag order).
 */
export function domainOfNote(
  profile: Pick<ExamProfile, "code" | "label" | "domains">,
  note: NoteForMapping,
  rules: readonly DomainMappingRule[],
): string | undefined {
  const fm = frontmatterExam(note.frontmatter);
  if (fm.exam !== undefined && !examNamedBy(profile, fm.exam)) return undefined;
  const named = fm.domain === undefined ? undefined : resolveDomain(profile, fm.domain);
  if (named) return named.id;
  const known = new Set(profile.domains.map((dom) => dom.id));
  const usable = rules.filter((rule) => known.has(rule.domainId));
  const bySubject = usable.find((rule) => rule.kind === "subject" && rule.value === note.subject);
  if (bySubject) return bySubject.domainId;
  for (const tag of note.tags) {
    const byTag = usable.find((rule) => rule.kind === "tag" && rule.value === tag);
    if (byTag) return byTag.domainId;
  }
  return undefined;
}
