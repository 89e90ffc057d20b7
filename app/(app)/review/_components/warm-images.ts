/** The addresses of the images in rendered card sides (sanitized HTML), each once, made absolute. */
export function imageUrls(htmls: string[], base: string): string[] {
  const urls = new Set<string>();
  const parser = new DOMParser();
  for (const html of htmls) {
    for (const image of parser.parseFromString(html, "text/html").querySelectorAll("img[src]")) {
      try {
        urls.add(new URL(image.getAttribute("src") ?? "", base).href);
      } catch {
        // Not an address: nothing to load.
      }
    }
  }
  return [...urls];
}

/**
 * Loads every image of today's queue once, as images (so the service worker's image cache keeps them):
 * the backs shown later, maybe offline, then have their pictures.
 */
export function warmImages(htmls: string[]): void {
  for (const url of imageUrls(htmls, window.location.href)) {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
  }
}
