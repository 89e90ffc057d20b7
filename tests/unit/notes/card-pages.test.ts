/** The note page's card list, a page at a time (issue 19): page numbers, and a card's own page. */
import { describe, expect, test } from "vitest";
import { CARDS_PER_PAGE, cardPage } from "@/lib/notes/card-pages";

const cards = Array.from({ length: 8702 }, (_, index) => ({ id: `card-${index}` }));

describe("cardPage", () => {
  test.each([
    [{}, 1, 0],
    [{ page: 2 }, 2, 100],
    [{ page: 88 }, 88, 8700],
    [{ page: 500 }, 88, 8700],
    [{ page: 0 }, 1, 0],
    [{ page: -3 }, 1, 0],
    [{ page: Number.NaN }, 1, 0],
    [{ page: 2.7 }, 2, 100],
  ])("request %o shows page %i starting at card %i", (request, page, first) => {
    const shown = cardPage(cards, request);
    expect(shown.page).toBe(page);
    expect(shown.pages).toBe(88);
    expect(shown.first).toBe(first);
    expect(shown.items[0]).toBe(cards[first]);
    expect(shown.items.length).toBe(Math.min(CARDS_PER_PAGE, cards.length - first));
  });

  test("a linked card is on the page shown, whatever page was asked for", () => {
    const shown = cardPage(cards, { page: 1, cardId: "card-2345" });
    expect(shown.page).toBe(24);
    expect(shown.items.map((card) => card.id)).toContain("card-2345");
  });

  test("a card of another list leaves the page number in charge; an empty list has one empty page", () => {
    expect(cardPage(cards, { page: 3, cardId: "elsewhere" }).page).toBe(3);
    expect(cardPage([], { page: 3 })).toEqual({ items: [], page: 1, pages: 1, first: 0 });
  });
});
