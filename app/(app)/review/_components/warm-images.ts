/**
 * The addresses of the images in rendered card sides (sanitized HTML), each once, made absolute. Remote
 * images are placeholders (lib/notes/remote-images) and count only when the student lets them load.
 */
export function imageUrls(htmls: string[], base: string, remote = false): string[] {
  const urls = new Set<string>();
  const parser = new DOMParser();
  for (const html of htmls) {
    const document = parser.parseFromString(html, "text/html");
    const sources = [
      ...[...document.querySelectorAll("img[src]")].map((image) => image.getAttribute("src")),
      ...(remote
        ? [...document.querySelectorAll<HTMLElement>("span.remote-image[data-remote-src]")].map(
            (p) => p.dataset.remoteSrc,
          )
        : []),
    ];
    for (const source of sources) {
      try {
        urls.add(new URL(source ?? "", base).href);
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
export function warmImages(htmls: string[], remote: boolean): void {
  for (const url of imageUrls(htmls, window.location.href, remote)) {
    const image = new Image();
    image.referrerPolicy = "no-referrer";
    image.decoding = "async";
    image.src = url;
  }
}
