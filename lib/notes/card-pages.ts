/**
 * The note page shows its cards a page at a time: a 1 MB note has about 8,700 cards, and rendering every
 * one of them (four Markdown sides each) kept the page from opening for most of a minute (issue 19).
 */

/** Cards on one page of a note's card list. */
export const CARDS_PER_PAGE = 100;

/** Which page to show: a page number (1-based), or the card that must be on it (wins when present). */
export interface CardPageRequest {
  page?: number | undefined;
  cardId?: string | undefined;
}

/** One page of a list: its items, its 1-based number, the number of pages (at least 1) and the first index. */
export interface CardPage<T> {
  items: T[];
  page: number;
  pages: number;
  /** Index in the whole list of `items[0]`. */
  first: number;
}

/**
 * The page of `cards` to show: the one holding `request.cardId` when the list has that card, otherwise
 * `request.page` clamped to the pages there are (page 1 when missing or not a number).
 *
 * @example cardPage(cards, { cardId: cards[2345].id }).page // 24 (with 100 cards a page)
 */
export function cardPage<T extends { id: string }>(
  cards: readonly T[],
  request: CardPageRequest,
  size: number = CARDS_PER_PAGE,
): CardPage<T> {
  const pages = Math.max(1, Math.ceil(cards.length / size));
  const holding = request.cardId === undefined ? -1 : cards.findIndex((card) => card.id === request.cardId);
  const asked = Number.isFinite(request.page) ? Math.trunc(request.page as number) : 1;
  const page = holding >= 0 ? Math.floor(holding / size) + 1 : Math.min(pages, Math.max(1, asked));
  const first = (page - 1) * size;
  return { items: cards.slice(first, first + size), page, pages, first };
}
