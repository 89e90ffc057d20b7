/**
 * A deterministic vault of notes shaped like real student notes (~12 KB each, Korean and English):
 * Cornell notes with review-state frontmatter and cue questions, Obsidian flashcards (`::`, `:::`, `?`,
 * `??`), clozes, Jekyll posts with highlight spans, comparison tables, callouts, wikilinks, image embeds,
 * code blocks and long tab/space-indented lecture bullets. Used by the parser and import benchmarks.
 */

/** One generated note. */
export interface GeneratedNote {
  path: string;
  source: string;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = [
  "Lambda",
  "SQS",
  "SNS",
  "S3",
  "DynamoDB",
  "VPC",
  "CloudFront",
  "IAM",
  "EventBridge",
  "Kinesis",
  "RDS Proxy",
  "API Gateway",
  "Step Functions",
  "ECS",
  "Fargate",
  "Aurora",
];
const KO = [
  "서버를 관리할 필요가 없음",
  "요청 수에 따라 자동으로 확장됨",
  "사용한 만큼만 비용을 지불함",
  "리전 단위로 한도가 적용됨",
  "이벤트가 발생하면 함수가 실행됨",
  "보안 그룹과 서브넷을 지정해야 함",
  "메시지는 최소 한 번 전달됨",
  "캐시를 사용하면 지연 시간이 줄어듦",
  "프로비저닝된 동시성으로 콜드 스타트를 줄임",
  "IAM 역할로 권한을 부여함",
  "데이터는 여러 가용 영역에 복제됨",
  "시험에 자주 나오는 내용",
];
const EN = [
  "scales automatically with the number of requests",
  "is billed per request and per millisecond",
  "keeps data in several Availability Zones",
  "needs an execution role to call other services",
  "delivers each message at least once",
  "can be triggered by an EventBridge rule",
  "runs inside your VPC when configured",
  "caches content at edge locations",
];
const QUESTIONS = [
  "{s}의 최대 한도는?",
  "{s}를 사용할 수 없는 경우는?",
  "What triggers {s}?",
  "{s}의 비용 구조는?",
  "How does {s} scale?",
  "{s}와 EC2의 차이는?",
  "Why use {s}?",
];

const utf8 = new TextEncoder();

interface SectionInput {
  service: string;
  section: number;
  /** 0 Cornell, 1 post, 2–3 lecture: which card shapes appear. */
  kind: number;
  rand: () => number;
  pick: <T>(items: readonly T[]) => T;
  sentence: () => string;
}

/** One `## topic` section: an embed, callout, cards, cloze, table, code block or highlight, then bullets. */
function pushSection(out: string[], { service, section, kind, rand, pick, sentence }: SectionInput): void {
  out.push(`## ${service} topic ${section}`, "");
  const shape = Math.floor(rand() * 8);
  if (shape === 0) out.push(`![[image ${section}.png]]`, "");
  if (shape === 1) out.push("> [!important]  ", `> ${sentence()}.`, "");
  if (shape === 2 && kind === 2)
    out.push(`${service} limit ${section}::${sentence()}`, `${service} fact ${section}:::${sentence()}`, "");
  if (shape === 3 && kind === 2)
    out.push(
      `What does ${service} ${section} do?`,
      "?",
      sentence(),
      "",
      `${service} ${section} vs EC2`,
      "??",
      sentence(),
      "",
    );
  if (shape === 4 && kind !== 0 && kind !== 3)
    out.push(`${service}의 기본 값은 ==${section * 128} MB==이고 최대 {{c1::${section} GB}}까지 늘릴 수 있다.`, "");
  if (shape === 5 && kind !== 3) {
    out.push(`| --------- | ${service} | EC2 |`, "| --- | --- | --- |");
    for (const row of ["Runtime", "Scaling", "Pricing", "Max time"])
      out.push(`| ${row} ${section} | ${pick(EN)} | ${pick(KO)} |`);
    out.push("");
  }
  if (shape === 6) out.push("```python", "def handler(event, context):", "    return {'statusCode': 200}", "```", "");
  if (shape === 7 && kind === 1) out.push(`- <span style="background-color:#fff5b1">${sentence()}.</span>`, "");
  for (let b = 0; b < 4 + Math.floor(rand() * 6); b++) {
    out.push(`- ${sentence()}`);
    if (rand() < 0.5) out.push(`\t- ${sentence()}`, `\t\t- ${sentence()}`);
    if (rand() < 0.3) out.push(`    - ${sentence()} (**${pick(SERVICES)}** 참고)`);
  }
  out.push("");
}

/** Generates `count` notes (about 12 KB of UTF-8 each) from `seed`; the same arguments give the same notes. */
export function generateVault(count: number, seed: number): GeneratedNote[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const sentence = () => (rand() < 0.6 ? `${pick(SERVICES)}는 ${pick(KO)}` : `${pick(SERVICES)} ${pick(EN)}`);
  const notes: GeneratedNote[] = [];
  for (let n = 0; n < count; n++) {
    const service = pick(SERVICES);
    const kind = n % 4;
    const out: string[] = [];
    if (kind === 0) {
      const day = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
      out.push("---", `⭕첫 학습날: 2025-03-${day}`, "⭕과목: AWS", "⭕교재: Generated Course", "⭕학습정도: 🤔중");
      out.push(
        `❤1일복습여부: ${rand() < 0.7}`,
        `🧡4일복습여부: ${rand() < 0.5}`,
        `💛7일복습여부: ${rand() < 0.3}`,
        "💚14일복습여부: false",
        "🧠장기기억: false",
      );
      out.push('🛑오늘: "⏰오늘 : 2025/04/01"', '학습률: "0.4"', "진행바: 🟩🟩🟩🟩⬜⬜⬜⬜⬜⬜ 40%", "---");
      out.push(`[[AWS]] [[${service}]] [[Generated Course]]`, "", "### 단서 질문", "");
      for (let q = 0; q < 6 + Math.floor(rand() * 4); q++) {
        out.push(`- ${pick(QUESTIONS).replace("{s}", `${service} ${q + 1}`)}`);
        if (rand() < 0.5) out.push(`    1. ${sentence()}`, `    2. ${sentence()}`);
        else out.push("    ", `    ${sentence()}. **${pick(SERVICES)}**와 함께 쓰입니다.`, "    ");
      }
      out.push("", "### 핵심 필기", "");
    } else if (kind === 1) {
      out.push(
        "---",
        `title: ${service} 정리 ${n}`,
        "date: 2024-12-29 00:00:00 +0900",
        `categories: [Cloud, AWS]`,
        `tags: [AWS, ${service.replace(/\s/g, "-")}, 스터디]`,
        "---",
        "",
      );
      out.push(`${sentence()}. 그래서 <span style="background-color:#fff5b1">${sentence()}</span>입니다.`, "");
    } else {
      out.push(`# ${service} ${n}`, "");
    }
    let section = 0;
    while (utf8.encode(out.join("\n")).length < 11_800) {
      section++;
      pushSection(out, { service, section, kind, rand, pick, sentence });
    }
    notes.push({
      path: `vault/${kind === 0 ? "cornell" : kind === 1 ? "posts" : "lectures"}/${service.replace(/\s/g, "-")}-${n}.md`,
      source: `${out.join("\n")}\n`,
    });
  }
  return notes;
}

/**
 * One large note of about `bytes` bytes of UTF-8 (12 KB to 5 MB for the large-note bench): review-state
 * frontmatter and a cue section, then `## topic` sections mixing every shape of the vault notes, with
 * multi-line callouts holding nested lists, and loose lists every so often. Same arguments, same note.
 */
export function generateLargeNote(bytes: number, seed: number): GeneratedNote {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const sentence = () => (rand() < 0.6 ? `${pick(SERVICES)}는 ${pick(KO)}` : `${pick(SERVICES)} ${pick(EN)}`);
  const out = ["---", "⭕첫 학습날: 2025-03-02", "⭕과목: AWS", "❤1일복습여부: true", "🧠장기기억: false", "---"];
  out.push("# Large generated course", "", "### 단서 질문", "");
  for (let q = 0; q < 10; q++) out.push(`- ${pick(QUESTIONS).replace("{s}", pick(SERVICES))}`, `    1. ${sentence()}`);
  out.push("", "### 핵심 필기", "");
  let size = utf8.encode(out.join("\n")).length;
  for (let section = 1; size < bytes; section++) {
    const start = out.length;
    const service = pick(SERVICES);
    pushSection(out, { service, section, kind: section % 4, rand, pick, sentence });
    if (section % 5 === 0) {
      out.push(
        "> [!note] 정리",
        `> ${sentence()}`,
        `> - ${sentence()}`,
        `>   - ${sentence()}`,
        `> - ${sentence()}`,
        "",
      );
    }
    if (section % 7 === 0) {
      for (let b = 0; b < 3; b++) out.push(`1. ${sentence()}`, "", `   ${sentence()}`, "");
    }
    for (let i = start; i < out.length; i++) size += utf8.encode(out[i] as string).length + 1;
  }
  return { path: `vault/large/course-${bytes}.md`, source: `${out.join("\n")}\n` };
}
