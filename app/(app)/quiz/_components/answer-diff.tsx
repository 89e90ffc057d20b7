import type { DiffSegment } from "@/lib/quiz";

/** The typed answer against the expected one: green text was missing, struck-through red was extra. */
export function AnswerDiff({ diff }: { diff: DiffSegment[] }) {
  return (
    <p className="font-mono text-sm break-words" data-testid="answer-diff">
      {diff.map((segment, i) =>
        segment.type === "same" ? (
          <span key={i}>{segment.text}</span>
        ) : segment.type === "added" ? (
          <ins
            key={i}
            className="rounded bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-900 dark:text-emerald-100"
          >
            {segment.text}
          </ins>
        ) : (
          <del key={i} className="rounded bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100">
            {segment.text}
          </del>
        ),
      )}
    </p>
  );
}
