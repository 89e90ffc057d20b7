import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, expect, test } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { installPeerAddressHeader } from "@/lib/server/peer-address";

installPeerAddressHeader();
const server = http.createServer((request, response) => {
  response.end(String(request.headers[PEER_ADDRESS_HEADER] ?? ""));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("the socket's address reaches the handler and overwrites a value the client sent", async () => {
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/`, {
    headers: { [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" },
  });
  expect(await response.text()).toBe("127.0.0.1");
});
