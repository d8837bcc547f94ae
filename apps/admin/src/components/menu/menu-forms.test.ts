import { describe, expect, it } from 'vitest';
import { menuItemsFrom, menuRowProblems, type MenuRow } from './daily-menu-form';
import { dishBody, emptyDishForm, priceProblem } from './dish-form';

describe('dish price in yuan', () => {
  it.each([
    ['12.5', null],
    ['0', null],
    ['1000', null],
    ['', 'required'],
    ['12.345', 'format'],
    ['-3', 'format'],
    ['十二', 'format'],
    ['1000.01', 'tooHigh'],
  ])('%j → %j', (text, expected) => {
    expect(priceProblem(text)).toBe(expected);
  });

  it('should send the price as integer fen', () => {
    expect(dishBody({ ...emptyDishForm(), name: ' 番茄炒蛋 ', priceYuan: '12.5' })).toMatchObject({ name: '番茄炒蛋', priceFen: 1250 });
  });
});

describe('day-slot menu rows', () => {
  const row = (overrides: Partial<MenuRow>): MenuRow => ({ dishId: 'dish-1', priceYuan: '12.00', portions: 50, ...overrides });

  it('should find each row problem by its index', () => {
    const problems = menuRowProblems([
      row({}),
      row({ dishId: '' }),
      row({ dishId: 'dish-1' }),
      row({ dishId: 'dish-2', priceYuan: '1.234' }),
      row({ dishId: 'dish-3', portions: 0 }),
      row({ dishId: 'dish-4', portions: 2.5 }),
    ]);

    expect([...problems]).toEqual([
      [1, 'dishRequired'],
      [2, 'duplicateDish'],
      [3, 'price'],
      [4, 'portions'],
      [5, 'portions'],
    ]);
  });

  it('should turn valid rows into the PUT items in fen', () => {
    expect(menuItemsFrom([row({ priceYuan: '8.8', portions: 30 })])).toEqual([{ dishId: 'dish-1', priceFen: 880, portions: 30 }]);
  });
});
