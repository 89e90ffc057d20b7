import type { Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { encodeScenario } from "@/app/(app)/simulator/_components/scenario-link";
import { createUser } from "@/lib/db/users/create-user";
import { findPreset, generateDrill, parseScenario, type ScenarioInput, simulate } from "@/lib/simulator";
import { browser, screenshot, signIn, uniqueEmail } from "./browser";

const baseUrl = inject("baseUrl");
const password = "simulator-test-pass-1";

const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en-US");

/** What the page must show for `scenario`: the engine's own figures, computed here. */
function expectedFigures(scenario: ScenarioInput) {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const result = simulate(parsed.scenario);
  return {
    result,
    throttledPerSecond: oneDecimal.format(result.totals.throttled / result.durationSeconds),
    throttled: whole.format(result.totals.throttled),
  };
}

const reserved = findPreset("reserved-throttling")!;
const withReserved = (value: number): ScenarioInput => ({
  ...reserved.scenario,
  functions: reserved.scenario.functions.map((f) => ({ ...f, reservedConcurrency: value })),
});

async function signedInPage(viewport?: { width: number; height: number }): Promise<Page> {
  const user = await createUser({ email: uniqueEmail("simulator"), password, timeZone: "UTC" });
  const page = await (await browser()).newPage({ locale: "en-US", viewport: viewport ?? { width: 1280, height: 900 } });
  await signIn(page, baseUrl, user.email, password);
  return page;
}

const stat = (page: Page, key: string) => page.getByTestId(`stat-${key}`).textContent();

test("a preset shows the engine's numbers; a slider changes them without freezing the page; the link reproduces the run", async () => {
  const page = await signedInPage();
  await page.goto(`${baseUrl}/simulator?preset=reserved-throttling`);
  const preset = expectedFigures(reserved.scenario);
  await expect.poll(() => stat(page, "throttledPerSecond")).toBe(preset.throttledPerSecond);
  expect(preset.throttledPerSecond).toBe("30");
  await expect(stat(page, "throttled")).resolves.toBe(preset.throttled);
  await expect(page.getByTestId("run-explanation").textContent()).resolves.toContain(
    reserved.explain(preset.result).en,
  );
  await screenshot(page, "simulator");

  // Long tasks on the main thread while dragging would mean the simulation ran there.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  const slider = page.getByRole("slider", { name: "Reserved concurrency" });
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 30 });
  await page.mouse.up();
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(Math.max(0, ...longTasks)).toBeLessThan(200);

  const dragged = Number(await page.getByRole("spinbutton", { name: "Reserved concurrency" }).inputValue());
  expect(dragged).toBeGreaterThan(50);
  const changed = expectedFigures(withReserved(dragged));
  await expect.poll(() => stat(page, "throttledPerSecond")).toBe(changed.throttledPerSecond);
  expect(changed.throttledPerSecond).not.toBe(preset.throttledPerSecond);
  await expect(page.getByTestId("preset-reserved-throttling").textContent()).resolves.toContain(
    "Changed from the preset",
  );

  // Typing an exact value works too, and the address bar always holds the current scenario.
  await page.getByRole("spinbutton", { name: "Reserved concurrency" }).fill("60");
  const sixty = expectedFigures(withReserved(60));
  await expect.poll(() => stat(page, "throttledPerSecond")).toBe(sixty.throttledPerSecond);
  await expect.poll(() => new URL(page.url()).searchParams.has("s")).toBe(true);

  const shared = await (await browser()).newPage({ locale: "en-US" });
  await shared.context().addCookies(await page.context().cookies());
  await shared.goto(page.url());
  await expect.poll(() => stat(shared, "throttledPerSecond")).toBe(sixty.throttledPerSecond);
  await expect(shared.getByRole("spinbutton", { name: "Reserved concurrency" }).inputValue()).resolves.toBe("60");
  await shared.close();
  await page.close();
});

test("a long run reports progress from the worker while the page stays responsive", async () => {
  const page = await signedInPage();
  await page.goto(`${baseUrl}/simulator?preset=cold-start-storm`);
  await page.getByTestId("run-status").and(page.locator('[data-state="done"]')).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; statuses: string[]; frameGaps: number[] };
    w.longTasks = [];
    w.statuses = [];
    w.frameGaps = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: false });
    const status = document.querySelector('[data-testid="run-status"]')!;
    new MutationObserver(() => w.statuses.push(`${status.getAttribute("data-state")} ${status.textContent}`)).observe(
      status,
      {
        attributes: true,
        childList: true,
        subtree: true,
        characterData: true,
      },
    );
    let last = performance.now();
    const frame = (now: number) => {
      w.frameGaps.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  // Half an hour of 1,000 requests/s: about 1.8 million invocations, a second or more of engine time.
  await page.getByRole("spinbutton", { name: "Arrivals for" }).fill("1800");
  const storm = findPreset("cold-start-storm")!;
  const expected = expectedFigures({ ...storm.scenario, durationSeconds: 1800 });
  await expect
    .poll(() => stat(page, "requests"), { timeout: 60_000 })
    .toBe(whole.format(expected.result.totals.requests));
  const { longTasks, statuses, frameGaps } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; statuses: string[]; frameGaps: number[] };
    return { longTasks: w.longTasks, statuses: w.statuses, frameGaps: w.frameGaps };
  });
  // The worker reported progress on the way, and the page kept drawing frames while it computed.
  expect(
    statuses.some((s) => /^running Simulating… [1-9][\d.]*%/.test(s)),
    statuses.join(" | "),
  ).toBe(true);
  expect(Math.max(0, ...longTasks)).toBeLessThan(300);
  expect(Math.max(0, ...frameGaps)).toBeLessThan(300);
  await page.close();
});

test("a shared link with a bad scenario names the bad field; a damaged link says so", async () => {
  const page = await signedInPage();
  const bad = { ...reserved.scenario, functions: [{ ...reserved.scenario.functions[0]!, memoryMb: 64 }] };
  await page.goto(`${baseUrl}/simulator?s=${encodeScenario(bad)}`);
  const problem = page.getByTestId("link-problem");
  await expect(problem.textContent()).resolves.toContain("functions[0].memoryMb: must be between 128 and 10240");
  await page.goto(`${baseUrl}/simulator?s=not-a-scenario`);
  await expect(problem.textContent()).resolves.toContain("damaged");
  await page.close();
});

test("drills become cards, are graded with their tolerance and open the run that produced the answer", async () => {
  const page = await signedInPage();
  await page.goto(`${baseUrl}/simulator?preset=async-retries-dlq`);
  // An edit in progress survives the page refresh that follows creating drills.
  await page.getByRole("spinbutton", { name: "Error rate" }).fill("0.5");
  await expect.poll(() => new URL(page.url()).searchParams.has("s")).toBe(true);
  await page.getByTestId("drill-form").getByLabel("How many").fill("3");
  await page.getByTestId("drill-form").getByLabel("Starting seed").fill("40");
  await page.getByRole("button", { name: "Create drill cards" }).click();
  await page
    .getByTestId("drill-form-result")
    .filter({ hasText: /^3 new drill cards\.$/ })
    .waitFor();
  const cards = page.getByTestId("drill-card");
  await expect.poll(() => cards.count()).toBe(3);
  await expect(page.getByRole("spinbutton", { name: "Error rate" }).inputValue()).resolves.toBe("0.5");
  await expect(page.getByTestId("preset-async-retries-dlq").textContent()).resolves.toContain(
    "Changed from the preset",
  );

  const first = cards.first();
  const [, template, seed] = (await first.getAttribute("data-key"))!.split(":");
  const drill = generateDrill(Number(seed), template as Parameters<typeof generateDrill>[1]);
  await first.getByLabel("Your answer").fill(String(drill.answer));
  await first.getByRole("button", { name: "Check" }).click();
  await expect(first.getByTestId("drill-grade").getAttribute("data-correct")).resolves.toBe("true");
  await expect(first.getByTestId("drill-grade").textContent()).resolves.toContain(drill.explanation.en);
  await first.getByLabel("Your answer").fill(String(drill.answer * 3 + 100));
  await first.getByRole("button", { name: "Check" }).click();
  await first.locator('[data-correct="false"]').waitFor();
  await screenshot(page, "simulator-drills");

  // The form moves on to the next unused seed; asking for the same seeds again adds nothing.
  await expect(page.getByTestId("drill-form").getByLabel("Starting seed").inputValue()).resolves.toBe("43");
  await page.getByTestId("drill-form").getByLabel("Starting seed").fill("40");
  await page.getByRole("button", { name: "Create drill cards" }).click();
  await page.getByTestId("drill-form-result").filter({ hasText: "No new cards; 3 were already there." }).waitFor();

  await first.getByRole("link", { name: "Open this run in the simulator" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.has("s")).toBe(true);
  const run = expectedFigures(drill.scenario);
  await expect.poll(() => stat(page, "requests")).toBe(whole.format(run.result.totals.requests));

  // The drill cards wait on the review page like any new card, question first.
  await page.goto(`${baseUrl}/review`);
  await expect(page.getByTestId("cards-left").textContent()).resolves.toBe("3 cards left");
  await expect(page.getByTestId("card-front").textContent()).resolves.toContain("(Answer in");
  await page.keyboard.press("Space");
  await page.getByTestId("card-back").waitFor();
  await screenshot(page, "simulator-drill-review");
  await page.close();
});

test("looks right on a phone, in dark mode and in Korean", async () => {
  const phone = await signedInPage({ width: 390, height: 844 });
  await phone.goto(`${baseUrl}/simulator?preset=provisioned-launch`);
  await phone.getByTestId("chart-concurrency").locator("svg").first().waitFor();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(phone, "simulator-phone");
  await phone.emulateMedia({ colorScheme: "dark" });
  await phone.goto(`${baseUrl}/simulator?preset=sqs-backlog`);
  await phone.getByTestId("chart-backlog").locator("svg").first().waitFor();
  await screenshot(phone, "simulator-phone-dark");
  await phone.close();

  const desktop = await signedInPage();
  await desktop.emulateMedia({ colorScheme: "dark" });
  await desktop.context().addCookies([{ name: "NEXT_LOCALE", value: "ko", url: baseUrl }]);
  await desktop.goto(`${baseUrl}/simulator?preset=memory-cost`);
  await desktop.getByTestId("chart-cost").locator("svg").first().waitFor();
  await expect(desktop.getByTestId("run-explanation").textContent()).resolves.toContain("백만 건당");
  await screenshot(desktop, "simulator-dark-ko");
  await desktop.close();
});
