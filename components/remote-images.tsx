"use client";

import { useEffect } from "react";

const PLACEHOLDER = "span.remote-image[data-remote-src]";

/** The placeholder's image, asked for now: no referrer, so the host learns the address but not the page. */
function loadImage(placeholder: HTMLElement) {
  const image = document.createElement("img");
  image.src = placeholder.dataset.remoteSrc ?? "";
  image.alt = placeholder.dataset.remoteAlt ?? "";
  image.referrerPolicy = "no-referrer";
  image.dataset.remoteImage = "loaded";
  placeholder.replaceWith(image);
}

/**
 * Remote images in rendered notes and cards arrive as placeholders (lib/notes/remote-images). This adds a
 * "load images" button to each; a click loads every remote image on the page (and later ones, until the
 * page is left). With the student's "always load" setting, they load at once. Watches the page, so
 * cards shown later (the review session) are handled too. Renders nothing itself.
 */
export function RemoteImages({ alwaysLoad, label }: { alwaysLoad: boolean; label: string }) {
  useEffect(() => {
    let load = alwaysLoad;
    const enhance = () => {
      for (const placeholder of document.querySelectorAll<HTMLElement>(PLACEHOLDER)) {
        if (load) {
          loadImage(placeholder);
        } else if (!placeholder.querySelector("button")) {
          const button = document.createElement("button");
          button.type = "button";
          button.textContent = label;
          button.dataset.loadRemoteImages = "";
          button.className = "ml-1 rounded border border-slate-300 px-1.5 text-xs text-brand-600 hover:bg-slate-100";
          placeholder.append(" ", button);
        }
      }
    };
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest("button[data-load-remote-images]")) return;
      // The placeholder may sit inside a card that flips on click: loading images is all this click does.
      event.preventDefault();
      event.stopPropagation();
      load = true;
      enhance();
    };
    enhance();
    const observer = new MutationObserver(enhance);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener("click", onClick, true);
    return () => {
      observer.disconnect();
      document.removeEventListener("click", onClick, true);
    };
  }, [alwaysLoad, label]);
  return null;
}
