/** The server-action helper: one result shape, typed reasons, no leaked internals. */
import { redirect } from "next/navigation";
import { afterEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import {
  authedAction,
  formAction,
  formObject,
  formStateAction,
  publicAction,
  UNEXPECTED_MESSAGE,
} from "@/app/actions/_lib/action";
import { AppError } from "@/lib/errors";

const signedIn = vi.hoisted(() => ({ id: "user-1", email: "a@example.com" }));
vi.mock("@/lib/auth/session", () => ({ requireUser: vi.fn(async () => signedIn) }));

const drills = z.object({ count: z.coerce.number().int().min(1), seed: z.coerce.number().int() });

afterEach(() => vi.restoreAllMocks());

describe("publicAction / authedAction", () => {
  test("a valid input returns ok with the body's fields", async () => {
    const action = publicAction(drills, async ({ count, seed }) => ({ created: count, seed }));
    await expect(action({ count: 3, seed: 7 })).resolves.toEqual({ ok: true, created: 3, seed: 7 });
  });

  test("a body returning nothing gives a bare ok", async () => {
    await expect(publicAction(drills, async () => undefined)({ count: 1, seed: 1 })).resolves.toEqual({ ok: true });
  });

  test("authedAction hands the signed-in user to the body", async () => {
    const action = authedAction(drills, async (_input, user) => ({ userId: user.id }));
    await expect(action({ count: 1, seed: 1 })).resolves.toEqual({ ok: true, userId: "user-1" });
  });

  test("a zod failure names the first field and every field at fault; the body does not run", async () => {
    const body = vi.fn(async () => undefined);
    const result = await publicAction(drills, body)({ count: 0, seed: 1.5 });
    expect(result).toMatchObject({ ok: false, error: "invalid-input", field: "count", fields: ["count", "seed"] });
    expect(result.ok ? "" : result.message).toMatch(/^count: /);
    expect(body).not.toHaveBeenCalled();
  });

  test("a zod issue whose message is a reason becomes that reason", async () => {
    const password = z.object({ password: z.string().min(10, { error: "weak-password" }) });
    await expect(publicAction(password, async () => undefined)({ password: "short" })).resolves.toMatchObject({
      ok: false,
      error: "weak-password",
      field: "password",
    });
  });

  test("an AppError becomes its reason, message, field and subject", async () => {
    const action = publicAction(drills, async () => {
      throw new AppError("INVALID_INPUT", "notes.zip is not a readable zip archive.", {
        reason: "bad-zip",
        field: "files",
        subject: "notes.zip",
      });
    });
    await expect(action({ count: 1, seed: 1 })).resolves.toEqual({
      ok: false,
      error: "bad-zip",
      message: "notes.zip is not a readable zip archive.",
      field: "files",
      subject: "notes.zip",
    });
  });

  test("any other error is logged and answered with a generic message, its text not leaked", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const secret = new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2");
    const result = await publicAction(drills, async () => {
      throw secret;
    })({ count: 1, seed: 1 });
    expect(result).toEqual({ ok: false, error: "unexpected", message: UNEXPECTED_MESSAGE });
    expect(JSON.stringify(result)).not.toContain("hunter2");
    expect(logged).toHaveBeenCalledWith(secret);
  });

  test("redirect() from the body reaches Next untouched", async () => {
    const action = publicAction(drills, async () => redirect("/quiz/q1"));
    await expect(action({ count: 1, seed: 1 })).rejects.toMatchObject({ digest: expect.stringContaining("/quiz/q1") });
  });

  test("a FormData is read like an object: a repeated key is an array", async () => {
    const form = new FormData();
    form.append("count", "2");
    form.append("seed", "9");
    const action = publicAction(drills, async (input) => input);
    await expect(action(form)).resolves.toEqual({ ok: true, count: 2, seed: 9 });
    form.append("seed", "10");
    expect(formObject(form)).toEqual({ count: "2", seed: ["9", "10"] });
  });
});

describe("form adapters", () => {
  test("formStateAction ignores the previous state and passes the form", async () => {
    const form = new FormData();
    form.append("count", "4");
    form.append("seed", "1");
    const action = formStateAction(publicAction(drills, async ({ count }) => ({ count })));
    await expect(action({ ok: true, count: 1 }, form)).resolves.toEqual({ ok: true, count: 4 });
  });

  test("formAction runs the action and returns nothing", async () => {
    const body = vi.fn(async () => ({ created: 1 }));
    const form = new FormData();
    form.append("count", "1");
    form.append("seed", "1");
    await expect(formAction(publicAction(drills, body))(form)).resolves.toBeUndefined();
    expect(body).toHaveBeenCalledWith({ count: 1, seed: 1 });
  });
});
