/**
 * Remote images (`![](https://…)`) would load from the student's browser and tell their host the
 * student's address. This rehype step, run after sanitizing, swaps each for a placeholder
 * `<span class="remote-image" data-remote-src data-remote-alt>` showing the host name; the app's
 * client component loads them when the student asks (or always, by their setting). Local images
 * (attachments under /api, resolved by `assetUrl`) stay images.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";

/** Whether an image source is fetched from another host: http(s) or protocol-relative. */
export function isRemoteImageSource(src: string): boolean {
  return /^(?:https?:)?\/\//i.test(src.trim());
}

function hostOf(src: string): string {
  try {
    return new URL(src, "https://placeholder.invalid").host;
  } catch {
    return "";
  }
}

function placeholder(image: Element, src: string): Element {
  const alt = typeof image.properties.alt === "string" ? image.properties.alt : "";
  return {
    type: "element",
    tagName: "span",
    properties: {
      className: ["remote-image"],
      role: "img",
      ariaLabel: alt || hostOf(src),
      dataRemoteSrc: src,
      dataRemoteAlt: alt,
    },
    children: [{ type: "text", value: `🖼 ${hostOf(src)}` }],
  };
}

function swap<T extends RootContent | ElementContent>(nodes: T[]): T[] {
  return nodes.map((node) => {
    if (node.type !== "element") return node;
    const src = node.properties.src;
    if (node.tagName === "img" && typeof src === "string" && isRemoteImageSource(src)) {
      return placeholder(node, src) as T;
    }
    node.children = swap(node.children);
    return node;
  });
}

/** The rehype plugin (no options): remote `<img>` → placeholder, in place. */
export function rehypeRemoteImagePlaceholders() {
  return (tree: Root) => {
    tree.children = swap(tree.children);
  };
}
