import { openApiDocument } from "@/lib/api/openapi-document";
import { renderReference } from "@/lib/api/render-reference";

/** The API reference as a plain HTML page, rendered from the OpenAPI document (public, no data). */
export function GET(): Response {
  const document = JSON.parse(JSON.stringify(openApiDocument()));
  return new Response(renderReference(document), {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
