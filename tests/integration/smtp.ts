import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string;
  raw: string;
  at: number;
}

/**
 * A real SMTP server in the test process (smtp-server). `failures` makes deliveries to an address fail
 * with a temporary 451 error: a number fails that many times, "always" fails every time.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const attempts: { to: string; at: number }[] = [];
  const failures = new Map<string, number | "always">();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo[0]?.address ?? "";
        attempts.push({ to, at: Date.now() });
        const failing = failures.get(to);
        if (failing === "always" || (typeof failing === "number" && failing > 0)) {
          if (typeof failing === "number") failures.set(to, failing - 1);
          const error = new Error("Mailbox temporarily unavailable") as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        received.push({ to, raw: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    attempts,
    failures,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
