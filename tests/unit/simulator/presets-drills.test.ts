import { describe, expect, test } from "vitest";
import { DRILL_TEMPLATES, drillToCard, generateDrill, generateDrills, gradeDrill } from "@/lib/simulator/drills";
import { PRESETS } from "@/lib/simulator/presets";
import { parseScenario } from "@/lib/simulator/scenario";
import { simulate } from "@/lib/simulator/simulate";

describe("presets", () => {
  test("there are six, with bilingual titles", () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      "cold-start-storm",
      "reserved-throttling",
      "provisioned-launch",
      "sqs-backlog",
      "async-retries-dlq",
      "memory-cost",
    ]);
    for (const p of PRESETS) {
      expect(p.title.en.length).toBeGreaterThan(5);
      expect(p.title.ko.length).toBeGreaterThan(3);
      expect(p.explanation.ko.length).toBeGreaterThan(10);
    }
  });

  test.each(PRESETS.map((p) => [p.id, p] as const))("%s runs and is explained with its numbers", (_id, p) => {
    const parsed = parseScenario(p.scenario);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const r = simulate(parsed.scenario);
    expect(r.totals.invocations).toBeGreaterThan(0);
    const text = p.explain(r);
    expect(text.en).toMatch(/\d/);
    expect(text.ko).toMatch(/\d/);
  });

  test("the presets show what they claim", () => {
    const run = (id: string) => {
      const p = PRESETS.find((x) => x.id === id);
      const parsed = parseScenario(p?.scenario);
      if (!parsed.ok) throw new Error(parsed.errors.join());
      return simulate(parsed.scenario);
    };
    const storm = run("cold-start-storm").byFunction.api!;
    expect(storm.peakConcurrency).toBeGreaterThan(2 * 400);
    expect(run("reserved-throttling").byFunction.api!.throttled / 60).toBeCloseTo(30, 0);
    const launch = run("provisioned-launch");
    expect(launch.byFunction.provisioned!.coldStarts).toBeLessThan(launch.byFunction.onDemand!.coldStarts / 3);
    const sqs = run("sqs-backlog").byFunction.worker!.sqs!;
    expect(sqs.drainedAtSecond).toBeGreaterThan(30);
    expect(sqs.drainedAtSecond).toBeLessThan(80);
    const dlq = run("async-retries-dlq").byFunction.mailer!;
    expect(dlq.deadLettered).toBeGreaterThan(0);
    const mem = run("memory-cost").byFunction;
    expect(mem.mem1769!.latencyMs.p50!).toBeLessThan(mem.mem512!.latencyMs.p50! / 3);
    expect(mem.mem3008!.cost.total).toBeGreaterThan(1.5 * mem.mem1769!.cost.total);
  });
});

describe("drills", () => {
  test.each(DRILL_TEMPLATES)("%s: generated, deterministic, graded within its tolerance", (template) => {
    const d = generateDrill(7, template);
    expect(generateDrill(7, template)).toEqual(d);
    expect(d.key).toBe(`sim:${template}:7`);
    expect(Number.isFinite(d.answer)).toBe(true);
    expect(d.question.en).not.toBe(d.question.ko);
    expect(gradeDrill(d, d.answer).correct).toBe(true);
    const allowed = gradeDrill(d, d.answer).allowedError;
    expect(gradeDrill(d, d.answer + allowed * 0.9).correct).toBe(true);
    expect(gradeDrill(d, d.answer + allowed * 1.5 + 1).correct).toBe(false);
    expect(gradeDrill(d, Number.NaN).correct).toBe(false);
  });

  test("answers agree with the textbook figure where one exists", () => {
    const d = generateDrill(1, "reserved-throttle");
    // Reserved R, rate λ of d-second calls: λ − R/d requests/s are throttled.
    const fn = d.scenario.functions[0]!;
    const rate = fn.arrivals.process === "constant" ? fn.arrivals.ratePerSecond : 0;
    const seconds = fn.durationMs.dist === "fixed" ? fn.durationMs.value / 1000 : 0;
    expect(gradeDrill(d, rate - (fn.reservedConcurrency ?? 0) / seconds).correct).toBe(true);
  });

  test("one drill worked by hand: reserved 100, 160 requests/s of 1 s calls", () => {
    const d = generateDrill(1, "reserved-throttle");
    // The premise, read from the question a student sees.
    expect(d.question.en).toContain("Reserved concurrency 100, 160 requests/s");
    expect(d.question.en).toContain("1-second");
    // 100 environments finish 100 calls/s, so 160 − 100 = 60 requests/s are throttled; the template allows
    // max(1, 10 % of 60) = 6 either side. Both figures are worked out here, not asked of the code.
    expect(d.answer).toBe(60);
    expect(gradeDrill(d, 60).allowedError).toBe(6);
    expect(gradeDrill(d, 66).correct).toBe(true);
    expect(gradeDrill(d, 54).correct).toBe(true);
    expect(gradeDrill(d, 66.5).correct).toBe(false);
    expect(gradeDrill(d, 53.5).correct).toBe(false);
  });

  test("generateDrills cycles templates; drillToCard gives front, back and key", () => {
    const ds = generateDrills(7, 0);
    expect(new Set(ds.map((d) => d.template)).size).toBe(7);
    const card = drillToCard(ds[0]!);
    expect(card.key).toBe(ds[0]!.key);
    expect(card.front).toContain(ds[0]!.question.en);
    expect(card.back).toContain(ds[0]!.explanation.en);
    expect(drillToCard(ds[0]!, "ko").front).toContain(ds[0]!.question.ko);
  });
  test("explanations show rounded numbers, not raw floating point", () => {
    // Students read these on cards: "1.7275390625 GB" is noise. Unit prices ($0.0000166667) are quoted exactly.
    for (const d of generateDrills(14, 100)) {
      for (const text of [d.explanation.en, d.explanation.ko]) {
        expect(text.replace(/\$0\.\d+/g, "$price"), d.key).not.toMatch(/\d\.\d{4,}/);
      }
    }
  });
});
