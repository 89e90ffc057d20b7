/** Calls to the quiz API from the runner, with server errors mapped to translatable keys. */
import type { AppErrorReason } from "@/lib/errors";

export type QuizErrorKey = "time-up" | "finished" | "already-answered" | "offline" | "other";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; key: QuizErrorKey; message: string };

/** The server's typed reasons (lib/db/quiz) → message keys; the server's text is shown for anything else. */
const keyByReason: Partial<Record<AppErrorReason, QuizErrorKey>> = {
  "time-up": "time-up",
  "quiz-finished": "finished",
  "already-answered": "already-answered",
};

export async function postQuiz<T>(
  path: "answer" | "mark" | "override" | "finish",
  body: object,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/quiz/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, key: "offline", message: "" };
  }
  const data = (await response.json().catch(() => ({}))) as T & { message?: string; reason?: AppErrorReason };
  if (response.ok) return { ok: true, data };
  const key = (data.reason && keyByReason[data.reason]) ?? "other";
  return { ok: false, key, message: data.message ?? response.statusText };
}
