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

/**
 * Records, in page order, every run request the page posts to a web worker and every reply it receives:
 * what shows that simulations run off the main thread, with no clock involved (timings are in the bench).
 */
async function recordWorkerTraffic(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { workerTraffic: string[] }).workerTraffic = log;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener("message", (event: MessageEvent<{ type?: string }>) =>
          log.push(`reply:${event.data?.type}`),
        );
      }
      override postMessage(message: unknown, transfer?: unknown) {
        log.push("request");
        super.postMessage(message, transfer as Transferable[]);
      }
    };
  });
}

const workerTraffic = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { workerTraffic: string[] }).workerTraffic]);

test("a preset shows the engine's numbers; a slider changes them without freezing the page; the link reproduces the run", async () => {
  const page = await signedInPage();
  await recordWorkerTraffic(page);
  await page.goto(`${baseUrl}/simulator?preset=reserved-throttling`);
  const preset = expectedFigures(reserved.scenario);
  await expect.poll(() => stat(page, "throttledPerSecond")).toBe(preset.throttledPerSecond);
  expect(preset.throttledPerSecond).toBe("30");
  await expect(stat(page, "throttled")).resolves.toBe(preset.throttled);
  await expect(page.getByTestId("run-explanation").textContent()).resolves.toContain(
    reserved.explain(preset.result).en,
  );
  await screenshot(page, "simulator");

  // Every change while dragging is computed by the worker: the page posts run requests and gets runs back.
  const before = (await workerTraffic(page)).length;
  const slider = page.getByRole("slider", { name: "Reserved concurrency" });
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 30 });
  await page.mouse.up();
  await expect.poll(async () => (await workerTraffic(page)).slice(before)).toContain("reply:done");
  expect((await workerTraffic(page)).slice(before)).toContain("request");

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
  // Worked by hand: 60 environments serve 60 of the preset's 80 one-second calls a second; 20 are throttled.
  expect(sixty.throttledPerSecond).toBe("20");
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
  await recordWorkerTraffic(page);
  await page.goto(`${baseUrl}/simulator?preset=cold-start-storm`);
  await page.getByTestId("run-status").and(page.locator('[data-state="done"]')).waitFor();
  const before = (await workerTraffic(page)).length;
  // Half an hour of 1,000 requests/s: about 1.8 million invocations, far more than one progress interval.
  await page.getByRole("spinbutton", { name: "Arrivals for" }).fill("1800");
  const storm = findPreset("cold-start-storm")!;
  const expected = expectedFigures({ ...storm.scenario, durationSeconds: 1800 });
  await expect
    .poll(() => stat(page, "requests"), { timeout: 60_000 })
    .toBe(whole.format(expected.result.totals.requests));
  // The run went to the worker, which sent progress before its result, and the page's own thread handled
  // each progress message as it came: it was free while the worker computed.
  const traffic = (await workerTraffic(page)).slice(before);
  const lastRequest = traffic.lastIndexOf("request");
  expect(lastRequest, traffic.join(" ")).toBeGreaterThanOrEqual(0);
  const afterRequest = traffic.slice(lastRequest + 1);
  expect(afterRequest.at(-1), traffic.join(" ")).toBe("reply:done");
  expect(afterRequest.filter((entry) => entry === "reply:progress").length, traffic.join(" ")).toBeGreaterThan(0);
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
  await expect(page.getByTestId("cards-left").textContent()).resolves.toBe("Left: 0 due · 3 new");
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
