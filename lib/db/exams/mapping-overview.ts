import { db } from "@/lib/db/client";
import {
  type DomainMappingRule,
  domainOfNote,
  type ExamProfile,
  examNamedBy,
  frontmatterExam,
  suggestDomain,
} from "@/lib/exams";
import { findMappingRules } from "./mapped-cards";

/** How much note text the keyword suggestion reads per note. */
const SUGGESTION_TEXT_CHARS = 4000;

export interface UnmappedGroup {
  kind: "subject" | "tag";
  value: string;
  /** Unmapped notes with this subject or tag. */
  notes: number;
  /** The domain suggested by keywords in those notes, if any. */
  suggestedDomainId: string | null;
}

export interface MappingOverview {
  rules: DomainMappingRule[];
  unmapped: UnmappedGroup[];
  /** Unmapped notes with neither subject nor tags (map them by frontmatter). */
  unmappedWithoutKeys: number;
}

/**
 * For the mapping page: the user's tag and subject mappings, and the subjects and tags of notes that belong
 * to no domain yet, each with a suggested domain from the keywords in those notes' titles, tags and text.
 */
export async function loadMappingOverview(options: { userId: string; profile: ExamProfile }): Promise<MappingOverview> {
  const { userId, profile } = options;
  const rules = await findMappingRules({ userId, examCode: profile.code });
  const notes = await db().note.findMany({
    where: { userId, archivedAt: null, cards: { some: { status: "active" } } },
    select: { title: true, subject: true, tags: true, frontmatter: true, source: true },
  });
  const groups = new Map<string, { kind: "subject" | "tag"; value: string; notes: number; text: string[] }>();
  let withoutKeys = 0;
  for (const note of notes) {
    const otherExam = frontmatterExam(note.frontmatter).exam;
    if ((otherExam && !examNamedBy(profile, otherExam)) || domainOfNote(profile, note, rules) !== undefined) continue;
    const keys = [
      ...(note.subject ? [{ kind: "subject" as const, value: note.subject }] : []),
      ...note.tags.map((value) => ({ kind: "tag" as const, value })),
    ];
    if (keys.length === 0) withoutKeys++;
    const text = `${note.title} ${note.tags.join(" ")} ${note.source.slice(0, SUGGESTION_TEXT_CHARS)}`;
    for (const key of keys) {
      const id = `${key.kind}:${key.value}`;
      const group = groups.get(id) ?? { ...key, notes: 0, text: [] };
      group.notes++;
      group.text.push(text);
      groups.set(id, group);
    }
  }
  const unmapped = [...groups.values()]
    .map((g) => ({
      kind: g.kind,
      value: g.value,
      notes: g.notes,
      suggestedDomainId: suggestDomain(profile, `${g.value} ${g.text.join(" ")}`)?.domain.id ?? null,
    }))
    .sort((a, b) => b.notes - a.notes || a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value));
  return { rules, unmapped, unmappedWithoutKeys: withoutKeys };
}

/** Maps (or with `domainId` null, unmaps) a tag or subject to a domain of one exam. */
export async function saveDomainMapping(options: {
  userId: string;
  examCode: string;
  kind: "subject" | "tag";
  value: string;
  domainId: string | null;
}): Promise<void> {
  const { userId, examCode, kind, value, domainId } = options;
  const key = { userId_examCode_kind_value: { userId, examCode, kind, value } };
  if (domainId === null) {
    await db().examDomainMapping.deleteMany({ where: { userId, examCode, kind, value } });
    return;
  }
  await db().examDomainMapping.upsert({
    where: key,
    create: { userId, examCode, kind, value, domainId },
    update: { domainId },
  });
}
