/** Image attachments: detection by signature, references a note makes, and Obsidian-style resolution. */
import { describe, expect, test } from "vitest";
import { attachmentIndex, detectImageType, embedSize, imageReferences } from "@/lib/notes/attachments";

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("detectImageType", () => {
  test.each([
    ["png", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), "image/png"],
    ["jpeg", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), "image/jpeg"],
    ["gif89a", bytes("GIF89a", 1, 0), "image/gif"],
    ["gif87a", bytes("GIF87a", 1, 0), "image/gif"],
    ["webp", bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "), "image/webp"],
    ["svg (a script risk, refused)", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'), null],
    ["text named .png", bytes("hello, not an image"), null],
    ["truncated png", bytes(0x89, "PN"), null],
    ["riff that is not webp", bytes("RIFF", 0, 0, 0, 0, "WAVEfmt "), null],
    ["empty", bytes(), null],
  ])("%s", (_name, input, expected) => {
    expect(detectImageType(input)).toBe(expected);
  });
});

describe("imageReferences", () => {
  test("embeds (with size or heading) and relative Markdown images; not notes, URLs or SVG", () => {
    const source = [
      "![[diagram.png]] ![[diagram.png|300]] ![[photos/cat.JPG|120x80]]",
      "![[Other note]] ![[drawing.svg]] [[not-embedded.png]]",
      '![a](img/x.png) ![b](<img/with space.gif> "title") ![c](../up/y.webp?v=2)',
      "![web](https://example.com/z.png) ![data](data:image/png;base64,AAAA) ![pct](img/a%20b.png)",
    ].join("\n");
    expect(imageReferences(source)).toEqual([
      { reference: "diagram.png", kind: "embed" },
      { reference: "photos/cat.JPG", kind: "embed" },
      { reference: "img/x.png", kind: "link" },
      { reference: "img/with space.gif", kind: "link" },
      { reference: "../up/y.webp", kind: "link" },
      { reference: "img/a b.png", kind: "link" },
    ]);
  });
});

describe("attachmentIndex", () => {
  const resolve = attachmentIndex([
    "assets/diagram.png",
    "course/img/x.png",
    "img/x.png",
    "course/diagram.png",
    "up/y.webp",
    "Photos/Cat.jpg",
  ]);
  test.each([
    ["embed by name from elsewhere", "diagram.png", "embed", "notes/a.md", "assets/diagram.png"],
    ["embed by name prefers the note's folder", "diagram.png", "embed", "course/a.md", "course/diagram.png"],
    ["embed by vault path", "img/x.png", "embed", "course/a.md", "img/x.png"],
    ["embed by name, any case", "cat.JPG", "embed", "a.md", "Photos/Cat.jpg"],
    ["link relative to the note", "img/x.png", "link", "course/a.md", "course/img/x.png"],
    ["link from the root when not beside the note", "img/x.png", "link", "other/a.md", "img/x.png"],
    ["link with ..", "../up/y.webp", "link", "course/a.md", "up/y.webp"],
    ["link climbing out falls back to the name", "../../y.webp", "link", "a.md", "up/y.webp"],
    ["missing", "nowhere.png", "embed", "a.md", null],
  ] as const)("%s", (_name, reference, kind, notePath, expected) => {
    expect(resolve(reference, kind, notePath)).toBe(expected);
  });
});

test.each([
  ["300", { width: 300 }],
  ["120x80", { width: 120, height: 80 }],
  ["a caption", null],
  [null, null],
])("embedSize(%s)", (alias, expected) => {
  expect(embedSize(alias)).toEqual(expected);
});
