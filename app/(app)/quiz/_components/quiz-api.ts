/** Calls to the quiz API from the runner, with server errors mapped to translatable keys. */

export type QuizErrorKey = "time-up" | "finished" | "already-answered" | "offline" | "other";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; key: QuizErrorKey; message: string };

/** The server's English messages (lib/db/quiz) → message keys; the text itself is shown for anything else. */
function errorKey(status: number, message: string): QuizErrorKey {
  if (status === 409 && message.startsWith("Time is up")) return "time-up";
  if (status === 409 && message.includes("already finished")) return "finished";
  if (status === 409 && message.includes("already answered")) return "already-answered";
  return "other";
}

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
  const data = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (response.ok) return { ok: true, data };
  const message = data.message ?? response.statusText;
  return { ok: false, key: errorKey(response.status, message), message };
}
