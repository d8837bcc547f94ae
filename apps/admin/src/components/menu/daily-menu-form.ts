import { formatYuan, parseYuan } from '@canteen/shared';
import type { DailyMenuDto, MenuItemInputDto } from '@/api/types';
import { MAX_DISH_PRICE_FEN } from './dish-form';

/** One row of the day-slot editor: price as 元 text, portions as a whole number. */
export interface MenuRow {
  dishId: string;
  priceYuan: string;
  portions: number;
}

export const DEFAULT_PORTIONS = 50;
export const MAX_PORTIONS = 9999;

export function rowsFromMenu(menu: DailyMenuDto | undefined): MenuRow[] {
  return (menu?.items ?? []).map((item) => ({ dishId: item.dishId, priceYuan: formatYuan(item.priceFen), portions: item.portions }));
}

export type MenuRowProblem = 'dishRequired' | 'duplicateDish' | 'price' | 'portions';

/** What is wrong with each row (by index); empty when every row can be saved. */
export function menuRowProblems(rows: readonly MenuRow[]): Map<number, MenuRowProblem> {
  const problems = new Map<number, MenuRowProblem>();
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const fen = parseYuan(row.priceYuan);
    if (!row.dishId) problems.set(index, 'dishRequired');
    else if (seen.has(row.dishId)) problems.set(index, 'duplicateDish');
    else if (fen === null || fen > MAX_DISH_PRICE_FEN) problems.set(index, 'price');
    else if (!Number.isInteger(row.portions) || row.portions < 1 || row.portions > MAX_PORTIONS) problems.set(index, 'portions');
    seen.add(row.dishId);
  });
  return problems;
}

/** The PUT body; call only when `menuRowProblems` is empty. */
export function menuItemsFrom(rows: readonly MenuRow[]): MenuItemInputDto[] {
  return rows.map((row) => {
    const priceFen = parseYuan(row.priceYuan);
    if (priceFen === null) throw new RangeError(`not a price in yuan: ${row.priceYuan}`);
    return { dishId: row.dishId, priceFen, portions: row.portions };
  });
}
