"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Seconds left on the exam clock. The server's remaining seconds at page load anchor a local deadline, so
 * the count is right after a reload and does not drift with slow renders; `onZero` runs once.
 */
export function useCountdown(initialSeconds: number | null, onZero: () => void): number | null {
  const deadline = useRef<number | null>(null);
  const fired = useRef(false);
  const [left, setLeft] = useState(initialSeconds);
  const zero = useRef(onZero);
  zero.current = onZero;

  useEffect(() => {
    if (initialSeconds === null) return;
    deadline.current = Date.now() + initialSeconds * 1000;
    const tick = () => {
      const seconds = Math.max(0, Math.ceil(((deadline.current ?? 0) - Date.now()) / 1000));
      setLeft(seconds);
      if (seconds === 0 && !fired.current) {
        fired.current = true;
        zero.current();
      }
    };
    tick();
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [initialSeconds]);

  return left;
}

/** 7800 → "2:10:00", 95 → "1:35". */
export function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
