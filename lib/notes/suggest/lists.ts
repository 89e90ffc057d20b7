/**
 * Rule 3, bullets with short children: `- parent` over a few short nested bullets becomes "parent?" with
 * the children as the answer, only while that answer stays small. A long subtree gives no such card; its
 * bullets are read one by one for finer cards instead.
 */
import type { ListItem } from "mdast";
import { linesMarkdown, type ParseContext } from "../context";
import { endLine, plainText, startLine } from "../markdown";
import { brevity, type Candidate, MAX_ANSWER } from "./candidate";

const MAX_CHILDREN = 6;
const MAX_CHILD = 70;
const MAX_PARENT = 40;

/** The "parent?" card of one list item, or nothing when it has no short children. */
export function listCandidate(ctx: ParseContext, item: ListItem, block: number): Candidate | null {
  const [head, nested, ...more] = item.children;
  if (head?.type !== "paragraph" || nested?.type !== "list" || more.length > 0) return null;
  const children = nested.children;
  if (children.length < 2 || children.length > MAX_CHILDREN) return null;
  for (const child of children) {
    if (child.children.length !== 1 || child.children[0]?.type !== "paragraph") return null;
    if (plainText(child).trim().length > MAX_CHILD) return null;
  }
  const parent = plainText(head).replace(/\s+/g, " ").trim();
  if (parent.length === 0 || parent.length > MAX_PARENT) return null;
  const back = linesMarkdown(ctx, startLine(nested), endLine(nested));
  if (back.length > MAX_ANSWER) return null;
  const front = /[?？]$/u.test(parent) ? parent : `${parent.replace(/\s*[:：]$/u, "")}?`;
  return {
    type: "basic",
    origin: "list",
    front,
    back,
    line: startLine(item),
    score: 3 + brevity(back),
    block,
    answer: [0, 1],
  };
}
