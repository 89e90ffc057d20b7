/** The sync client's side of /api/v1: plain fetch with a bearer token; no database, no Recall internals. */
import type { ImportSummary } from "@/lib/db/import/import-notes";

/** The server could not be reached (down, wrong URL, network): the watcher waits and tries again. */
export class ServerUnreachable extends Error {}

/** The server answered with an error (`{ "error": { "code", "message" } }`). */
export class ServerRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ServerNote {
  path: string;
  hash: string;
}

export interface NoteReviewState {
  path: string;
  review: {
    firstStudied: string;
    checkpoints: Record<"1" | "4" | "7" | "14", boolean>;
    longTerm: boolean;
  } | null;
  progress: { fraction: number; bar: string };
}

export interface PutNotesBody {
  files: { path: string; content: string }[];
  deleted: string[];
  renamed: { from: string; to: string }[];
}

export interface ServerAttachment {
  path: string;
  hash: string;
}

export interface ApiClient {
  listNotes(): Promise<ServerNote[]>;
  listAttachments(): Promise<ServerAttachment[]>;
  putAttachment(path: string, bytes: Uint8Array): Promise<ServerAttachment>;
  putNotes(body: PutNotesBody): Promise<ImportSummary>;
  reviewState(): Promise<NoteReviewState[]>;
}

/** A client for `server` (e.g. `https://recall.example`); `timeoutMs` bounds each request. */
export function createApiClient(options: { server: string; token: string; timeoutMs?: number }): ApiClient {
  const base = `${options.server.replace(/\/+$/, "")}/api/v1`;
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    const raw = body instanceof Uint8Array;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${options.token}`,
          ...(body === undefined ? {} : { "content-type": raw ? "application/octet-stream" : "application/json" }),
        },
        body: body === undefined ? undefined : raw ? new Blob([new Uint8Array(body)]) : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new ServerUnreachable(`cannot reach ${options.server} (${cause})`);
    }
    const text = await response.text().catch(() => "");
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: a proxy's error page, or not a Recall server at all.
    }
    if (!response.ok) {
      const error = (parsed as { error?: { code?: string; message?: string } } | null)?.error;
      if (!error && response.status >= 500)
        throw new ServerUnreachable(`${options.server} answered ${response.status}`);
      throw new ServerRefused(
        response.status,
        error?.code ?? "unknown",
        `${options.server} refused ${method} ${path} (${response.status}): ${error?.message ?? text.slice(0, 200)}`,
      );
    }
    if (parsed === null)
      throw new ServerRefused(response.status, "not-json", `${options.server} is not a Recall server`);
    return parsed as T;
  }
  return {
    listNotes: async () => (await call<{ notes: ServerNote[] }>("GET", "/notes")).notes,
    listAttachments: async () => (await call<{ attachments: ServerAttachment[] }>("GET", "/attachments")).attachments,
    putAttachment: (path, bytes) =>
      call<ServerAttachment>("PUT", `/attachments?path=${encodeURIComponent(path)}`, bytes),
    putNotes: (body) => call<ImportSummary>("PUT", "/notes", body),
    reviewState: async () => (await call<{ notes: NoteReviewState[] }>("GET", "/review-state")).notes,
  };
}
