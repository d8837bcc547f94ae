/** Diet tags a dish can carry (软食/低盐/低糖/清真 …) and the allergens a menu names. */
export const DietTag = {
  SOFT: 'SOFT',
  LOW_SALT: 'LOW_SALT',
  LOW_SUGAR: 'LOW_SUGAR',
  LOW_FAT: 'LOW_FAT',
  HALAL: 'HALAL',
  VEGETARIAN: 'VEGETARIAN',
} as const;
export type DietTag = (typeof DietTag)[keyof typeof DietTag];
export const DIET_TAGS: readonly DietTag[] = Object.values(DietTag);

export const Allergen = {
  PEANUT: 'PEANUT',
  TREE_NUT: 'TREE_NUT',
  MILK: 'MILK',
  EGG: 'EGG',
  FISH: 'FISH',
  SHELLFISH: 'SHELLFISH',
  SOY: 'SOY',
  WHEAT: 'WHEAT',
  SESAME: 'SESAME',
} as const;
export type Allergen = (typeof Allergen)[keyof typeof Allergen];
export const ALLERGENS: readonly Allergen[] = Object.values(Allergen);
