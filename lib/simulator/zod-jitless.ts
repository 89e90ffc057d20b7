/**
 * Imported first by the simulator's schema modules and lib/validations/exams.ts, which also run in the
 * browser: zod decides at schema construction whether to compile parsers with `new Function`, probing eval once. The pages' CSP forbids
 * eval, so the probe is a reported violation; jitless parsing is what zod would fall back to anyway.
 */
import { z } from "zod";

z.config({ jitless: true });
