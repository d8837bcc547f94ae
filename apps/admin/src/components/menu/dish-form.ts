import { type Allergen, type DietTag, formatYuan, parseYuan } from '@canteen/shared';
import type { CreateDishDto, DishDto } from '@/api/types';

/** The dish dialog's form: the price is typed in 元 as text and becomes integer fen on save. */
export interface DishForm {
  name: string;
  description: string;
  priceYuan: string;
  dietTags: DietTag[];
  allergens: Allergen[];
  active: boolean;
}

/** A dish price above this is almost certainly a typo (fen typed as 元). */
export const MAX_DISH_PRICE_FEN = 100_000;

export function emptyDishForm(): DishForm {
  return { name: '', description: '', priceYuan: '', dietTags: [], allergens: [], active: true };
}

export function dishFormFrom(dish: DishDto): DishForm {
  return {
    name: dish.name,
    description: dish.description,
    priceYuan: formatYuan(dish.priceFen),
    dietTags: [...dish.dietTags],
    allergens: [...dish.allergens],
    active: dish.active,
  };
}

export type PriceProblem = 'required' | 'format' | 'tooHigh';

export function priceProblem(text: string): PriceProblem | null {
  if (text.trim() === '') return 'required';
  const fen = parseYuan(text);
  if (fen === null) return 'format';
  return fen > MAX_DISH_PRICE_FEN ? 'tooHigh' : null;
}

/** The API body; call only after the form validated (the price parses). */
export function dishBody(form: DishForm): CreateDishDto {
  const priceFen = parseYuan(form.priceYuan);
  if (priceFen === null) throw new RangeError(`not a price in yuan: ${form.priceYuan}`);
  return {
    name: form.name.trim(),
    description: form.description.trim(),
    priceFen,
    dietTags: [...form.dietTags],
    allergens: [...form.allergens],
    active: form.active,
  };
}
