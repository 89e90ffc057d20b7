"use client";

import { useFormatter } from "next-intl";
import { useMemo } from "react";

/** Number formats of the simulator page, in the reader's locale (amounts always in US dollars). */
export function useSimFormat() {
  const format = useFormatter();
  return useMemo(
    () => ({
      int: (x: number) => format.number(Math.round(x)),
      dec1: (x: number) => format.number(x, { maximumFractionDigits: 1 }),
      dec2: (x: number) => format.number(x, { maximumFractionDigits: 2 }),
      percent: (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 1 }),
      ms: (x: number | null) => (x === null ? "–" : `${format.number(Math.round(x))} ms`),
      // Cents hide the cost of a one-minute run; below a dollar show four decimals.
      usd: (x: number) =>
        format.number(x, {
          style: "currency",
          currency: "USD",
          minimumFractionDigits: 2,
          maximumFractionDigits: Math.abs(x) < 1 ? 4 : 2,
        }),
    }),
    [format],
  );
}

export type SimFormat = ReturnType<typeof useSimFormat>;
