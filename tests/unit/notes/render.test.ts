/** renderNoteHtml: Obsidian features rendered, everything unsafe dropped. */
import { describe, expect, test } from "vitest";
import { renderNoteHtml } from "@/lib/notes/render";

const options = {
  noteExists: (title: string) => (title === "SQS" ? "/notes/sqs" : null),
  assetUrl: (name: string) => (name === "diagram.png" ? "/assets/diagram.png" : null),
};

describe("renderNoteHtml", () => {
  test.each([
    ["script tags", "<script>alert(1)</script>\n\ntext", /<script|alert/],
    [
      "event handlers",
      'before\n\n<img src="x" onerror="alert(1)">\n\nafter <img src=x onerror=alert(2)>',
      /onerror|alert/,
    ],
    [
      "javascript: links",
      "[click](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) <javascript:alert(1)>",
      /(href|src)="?\s*javascript:/i,
    ],
    ["javascript: images", "![x](javascript:alert(1))", /javascript:/i],
    ["data: links", "[x](data:text/html;base64,PHNjcmlwdD4=)", /data:text/],
    [
      "iframes and styles",
      '<iframe src="https://evil"></iframe>\n\n<style>body{}</style>\n\n<div style="x">y</div>',
      /iframe|<style|style=/,
    ],
    ["wikilink javascript targets", "[[javascript:alert(1)]]", /href="javascript/],
  ])("drops %s", (_name, markdown, forbidden) => {
    expect(renderNoteHtml(markdown, { noteExists: (t) => t })).not.toMatch(forbidden);
  });

  test("wikilinks become links to known notes, plain spans otherwise", () => {
    const html = renderNoteHtml("See [[SQS|the queue]] and [[Kinesis]].", options);
    expect(html).toContain('<a href="/notes/sqs" class="wikilink">the queue</a>');
    expect(html).toContain('<span class="wikilink wikilink-missing">Kinesis</span>');
  });

  test("embeds and missing images become placeholders", () => {
    const html = renderNoteHtml(
      "![[diagram.png]] ![[missing.png]] ![alt](gone.png) ![web](https://example.com/a.png)",
      options,
    );
    expect(html).toContain('<img src="/assets/diagram.png" alt="diagram.png">');
    expect(html).toContain('class="embed-missing"');
    expect(html).toMatch(/embed-missing[^>]*>🖼 missing\.png/);
    // A missing Markdown image is named by its file, not its caption.
    expect(html).toMatch(/embed-missing[^>]*>🖼 gone\.png/);
    expect(html).toContain('src="https://example.com/a.png"');
  });

  test("an embed's `|300` is its width; a Markdown image resolves by its whole path", () => {
    const seen: [string, string][] = [];
    const html = renderNoteHtml("![[diagram.png|300]] ![[diagram.png|120x80]] ![d](img/my%20diagram.png)", {
      assetUrl: (reference, kind) => {
        seen.push([reference, kind]);
        return `/a/${encodeURIComponent(reference)}`;
      },
    });
    expect(html).toContain('<img src="/a/diagram.png" alt="diagram.png" width="300">');
    expect(html).toContain('<img src="/a/diagram.png" alt="diagram.png" width="120" height="80">');
    expect(seen).toContainEqual(["img/my diagram.png", "link"]);
    expect(seen).toContainEqual(["diagram.png", "embed"]);
  });

  test("callouts become asides; highlights become mark", () => {
    const html = renderNoteHtml(
      '> [!important] Limit\n> 1,000 per Region\n\nThe <span style="background-color:#fff5b1">key</span> point',
      options,
    );
    expect(html).toMatch(/<aside[^>]*class="callout callout-important"/);
    expect(html).toContain('<p class="callout-title">Limit</p>');
    expect(html).toContain("1,000 per Region");
    expect(html).toContain("<mark>key</mark>");
    expect(html).not.toContain("<span style");
  });

  test("keeps tables, code and Korean; drops frontmatter; adds data-line", () => {
    const html = renderNoteHtml(
      "---\ntitle: x\n---\n# 제목\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nconst a = 1 < 2;\n```\n",
    );
    expect(html).not.toContain("title: x");
    expect(html).toContain('<h1 data-line="4">제목</h1>');
    expect(html).toMatch(/<table data-line="6">/);
    expect(html).toContain('<code class="language-js" data-line="10">const a = 1 &#x3C; 2;');
  });

  test("NFC-normalises Korean", () => {
    expect(renderNoteHtml("한글".normalize("NFD"))).toContain("한글");
  });

  test("==highlight== becomes <mark>, {{c1::…}} a cloze mark; code stays literal and nothing unsafe passes", () => {
    const html = renderNoteHtml(
      "Timeout is ==15 minutes== and {{c1::1,000::count}} runs; `==code==` {{c2::<img src=x onerror=alert(1)>}}",
    );
    expect(html).toContain("<mark>15 minutes</mark>");
    expect(html).toContain('<mark class="cloze">1,000</mark>');
    expect(html).not.toContain("count");
    expect(html).toContain("<code>==code==</code>");
    expect(html).not.toMatch(/onerror|<img/);
  });
});
