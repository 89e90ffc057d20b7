import type { Rng } from "./rng";

/** A duration distribution in milliseconds, as written in scenarios. */
export type Dist =
  | { dist: "fixed"; value: number }
  | { dist: "exponential"; mean: number }
  | { dist: "lognormal"; mean: number; sd: number }
  | { dist: "uniform"; min: number; max: number };

/** Mean of a distribution in ms (used by explanations and by the Little's-law check). */
export function distMean(d: Dist): number {
  switch (d.dist) {
    case "fixed":
      return d.value;
    case "exponential":
    case "lognormal":
      return d.mean;
    case "uniform":
      return (d.min + d.max) / 2;
  }
}

/**
 * Builds a sampler drawing from `d` with `rng`. Lognormal is parameterised by its own mean and
 * standard deviation (not those of the underlying normal): σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
 */
export function makeSampler(d: Dist, rng: Rng): () => number {
  switch (d.dist) {
    case "fixed": {
      const v = d.value;
      return () => v;
    }
    case "exponential": {
      const m = d.mean;
      return () => -m * Math.log(rng.float());
    }
    case "uniform": {
      const lo = d.min;
      const span = d.max - d.min;
      return () => lo + span * rng.float();
    }
    case "lognormal": {
      if (d.sd === 0) {
        const v = d.mean;
        return () => v;
      }
      const s2 = Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean));
      const sigma = Math.sqrt(s2);
      const mu = Math.log(d.mean) - s2 / 2;
      let spare = Number.NaN;
      return () => {
        let z: number;
        if (!Number.isNaN(spare)) {
          z = spare;
          spare = Number.NaN;
        } else {
          // Box–Muller: two independent standard normals per pair of uniforms.
          const r = Math.sqrt(-2 * Math.log(rng.float()));
          const a = 2 * Math.PI * rng.float();
          z = r * Math.cos(a);
          spare = r * Math.sin(a);
        }
        return Math.exp(mu + sigma * z);
      };
    }
  }
}
