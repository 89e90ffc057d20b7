/**
 * A readable reference page for an OpenAPI document, rendered on the server as plain HTML (no scripts,
 * no CDN): each operation with its parameters, request body, responses, and the shared schemas.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const METHODS = ["get", "put", "post", "patch", "delete"] as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `code` spans from backticks, everything else escaped. */
function prose(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function schemaBlock(schema: Json | undefined): string {
  if (schema === undefined) return "";
  const text = escapeHtml(JSON.stringify(schema, null, 2)).replace(
    /&#34;#\/components\/schemas\/([\w-]+)&#34;/g,
    (_, name: string) => `&#34;<a href="#schema-${name}">#/components/schemas/${name}</a>&#34;`,
  );
  return `<pre>${text}</pre>`;
}

function contentSchema(holder: Json | undefined): Json | undefined {
  if (!isObject(holder) || !isObject(holder.content)) return undefined;
  const media = holder.content["application/json"];
  return isObject(media) ? media.schema : undefined;
}

function operationHtml(path: string, method: string, op: JsonObject): string {
  const parts = [
    `<h3 id="${method}-${escapeHtml(path)}"><span class="method">${method.toUpperCase()}</span> ${escapeHtml(path)}</h3>`,
  ];
  if (typeof op.summary === "string") parts.push(`<p><strong>${prose(op.summary)}</strong></p>`);
  if (typeof op.description === "string") parts.push(`<p>${prose(op.description)}</p>`);
  if (Array.isArray(op.parameters) && op.parameters.length > 0) {
    const rows = op.parameters.filter(isObject).map((p) => {
      const description = typeof p.description === "string" ? prose(p.description) : "";
      return `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${p.required ? "yes" : "no"}</td><td>${description}</td></tr>`;
    });
    parts.push(
      `<h4>Parameters</h4><table><tr><th>Name</th><th>In</th><th>Required</th><th></th></tr>${rows.join("")}</table>`,
    );
  }
  const body = contentSchema(op.requestBody);
  if (body !== undefined) parts.push(`<h4>Request body (JSON)</h4>${schemaBlock(body)}`);
  else if (isObject(op.requestBody) && isObject(op.requestBody.content)) {
    const types = Object.keys(op.requestBody.content).map((type) => `<code>${escapeHtml(type)}</code>`);
    parts.push(`<h4>Request body</h4><p>Raw bytes (${types.join(", ")}).</p>`);
  }
  if (isObject(op.responses)) {
    parts.push("<h4>Responses</h4>");
    for (const [status, response] of Object.entries(op.responses).sort(([a], [b]) => a.localeCompare(b))) {
      if (!isObject(response)) continue;
      const description = typeof response.description === "string" ? prose(response.description) : "";
      const schema = contentSchema(response);
      const isError = isObject(schema) && schema.$ref === "#/components/schemas/Error";
      parts.push(`<p><code>${escapeHtml(status)}</code> ${description}</p>${isError ? "" : schemaBlock(schema)}`);
    }
  }
  return `<section>${parts.join("\n")}</section>`;
}

/** The whole page for `document` (an OpenAPI 3.x object as JSON). */
export function renderReference(document: JsonObject): string {
  const info = isObject(document.info) ? document.info : {};
  const title = typeof info.title === "string" ? info.title : "API";
  const base = Array.isArray(document.servers) && isObject(document.servers[0]) ? String(document.servers[0].url) : "";
  const operations: string[] = [];
  const index: string[] = [];
  for (const [path, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const full = `${base}${path}`;
      index.push(`<li><a href="#${method}-${escapeHtml(full)}">${method.toUpperCase()} ${escapeHtml(full)}</a></li>`);
      operations.push(operationHtml(full, method, op));
    }
  }
  const components =
    isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
  const schemas = Object.entries(components).map(
    ([name, schema]) =>
      `<section><h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${schemaBlock(schema)}</section>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a}
pre{background:#f1f5f9;padding:.75rem;overflow:auto;font-size:13px;border-radius:.5rem}
code{background:#f1f5f9;padding:0 .2rem;border-radius:.2rem}
.method{display:inline-block;min-width:3.5rem;font-family:monospace;color:#1d4ed8}
section{border-top:1px solid #e2e8f0;margin-top:1.5rem}
table{border-collapse:collapse}td,th{border:1px solid #e2e8f0;padding:.25rem .5rem;text-align:left}
</style></head><body>
<h1>${escapeHtml(title)} <small>${escapeHtml(String(info.version ?? ""))}</small></h1>
<p>${typeof info.description === "string" ? prose(info.description) : ""}</p>
<p>Machine-readable: <a href="${escapeHtml(base)}/openapi.json">${escapeHtml(base)}/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Endpoints</h2><ul>${index.join("")}</ul>
${operations.join("\n")}
<h2>Schemas</h2>
${schemas.join("\n")}
</body></html>`;
}
