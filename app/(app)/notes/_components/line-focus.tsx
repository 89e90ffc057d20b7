"use client";

import { useEffect } from "react";

/** `#line-12` in the URL scrolls the rendered note to the block that holds source line 12 and marks it. */
export function LineFocus({ containerId }: { containerId: string }) {
  useEffect(() => {
    function focus() {
      const match = /^#line-(\d+)$/.exec(window.location.hash);
      const container = document.getElementById(containerId);
      if (!match || !container) return;
      const line = Number(match[1]);
      let best: HTMLElement | null = null;
      for (const element of container.querySelectorAll<HTMLElement>("[data-line]")) {
        if (Number(element.dataset.line) <= line) best = element;
      }
      if (!best) return;
      for (const old of container.querySelectorAll(".line-focus")) old.classList.remove("line-focus");
      best.classList.add("line-focus");
      best.scrollIntoView({ block: "center" });
    }
    focus();
    window.addEventListener("hashchange", focus);
    return () => window.removeEventListener("hashchange", focus);
  }, [containerId]);
  return null;
}
