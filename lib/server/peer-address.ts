import http from "node:http";
import https from "node:https";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-ip";

const installed = Symbol.for("recall.peerAddressHeader");

/**
 * Makes the socket's address visible to route handlers as a request header (Next.js passes headers on but
 * not the socket, and fills X-Forwarded-For from the socket only when the client sent none). Wraps the
 * servers' `emit` so every "request" event gets the header first, overwriting any value the client sent.
 */
export function installPeerAddressHeader(): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as unknown as Record<symbol, boolean> & {
      emit: (event: string | symbol, ...args: unknown[]) => boolean;
    };
    if (prototype[installed]) continue;
    const emit = prototype.emit;
    prototype.emit = function emitWithPeerAddress(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        const address = request.socket?.remoteAddress;
        if (address) request.headers[PEER_ADDRESS_HEADER] = address;
        else delete request.headers[PEER_ADDRESS_HEADER];
      }
      return emit.call(this, event, ...args);
    };
    prototype[installed] = true;
  }
}
