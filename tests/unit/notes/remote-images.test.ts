/** renderNoteHtml: remote images never load by themselves (they would tell the host the student's address). */
import { describe, expect, test } from "vitest";
import { renderNoteHtml } from "@/lib/notes/render";

const options = { assetUrl: (name: string) => (name === "diagram.png" ? "/api/attachments/diagram.png" : null) };

describe("remote images", () => {
  test.each([
    ["https", "![VPC diagram](https://images.example/vpc.png)", "https://images.example/vpc.png", "VPC diagram"],
    ["http", "![](http://tracker.example/p.gif?id=1&u=2)", "http://tracker.example/p.gif?id=1&u=2", ""],
    ["a reference image", "![ref][r]\n\n[r]: https://cdn.example/r.png", "https://cdn.example/r.png", "ref"],
    ["in a table cell", "| a |\n| - |\n| ![c](https://cdn.example/c.png) |", "https://cdn.example/c.png", "c"],
  ])("%s: a placeholder with the URL in a data attribute, no <img>", (_name, markdown, url, alt) => {
    const html = renderNoteHtml(markdown, options);
    expect(html).not.toMatch(/<img/);
    const escaped = url.replace(/&/g, "&#x26;");
    expect(html).toContain(`data-remote-src="${escaped}"`);
    expect(html).toContain(`data-remote-alt="${alt}"`);
    expect(html).toMatch(/<span class="remote-image"[^>]*>/);
    expect(html).toContain(new URL(url).host);
  });

  test("protocol-relative URLs never load either", () => {
    expect(renderNoteHtml("![x](//cdn.example/x.png)", options)).not.toMatch(/<img/);
  });

  test.each([
    ["an attachment embed", "![[diagram.png]]", '<img src="/api/attachments/diagram.png"'],
    ["a relative path", "![d](img/diagram.png)", '<img src="/api/attachments/diagram.png" alt="d">'],
    ["an API path", "![d](/api/attachments/diagram.png)", '<img src="/api/attachments/diagram.png" alt="d">'],
  ])("%s stays an image", (_name, markdown, expected) => {
    expect(renderNoteHtml(markdown, options)).toContain(expected);
  });

  test("the placeholder cannot be used to smuggle markup: quotes in alt and URL stay attribute text", () => {
    const html = renderNoteHtml('![a" onclick="x](https://cdn.example/a.png?q="><b>)', options);
    expect(html).not.toMatch(/<img|onclick="x"|<b>/);
  });
});
