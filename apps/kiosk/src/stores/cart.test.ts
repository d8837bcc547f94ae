import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildKioskMenu, buildMenuItem } from '@/testing/fixtures';
import { MAX_QTY_PER_DISH, maxQtyFor, useCartStore } from './cart';

const LUNCH = { serviceDate: '2026-11-23', slot: 'LUNCH' } as const;

describe('useCartStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('should start empty, eaten in', () => {
    const sut = useCartStore();
    expect(sut.isEmpty).toBe(true);
    expect(sut.totalQty).toBe(0);
    expect(sut.channel).toBe('DINE_IN');
    expect(sut.serviceDate).toBeNull();
  });

  it('should add a dish with its name and price, for the meal of the menu', () => {
    const sut = useCartStore();
    const pork = buildMenuItem({ id: 'pork', name: '红烧肉', priceFen: 1200 });

    expect(sut.add(pork, LUNCH)).toBe('added');
    expect(sut.add(pork, LUNCH)).toBe('added');

    expect(sut.lines).toEqual([{ menuItemId: 'pork', name: '红烧肉', priceFen: 1200, qty: 2 }]);
    expect(sut.qtyOf('pork')).toBe(2);
    expect(sut.totalQty).toBe(2);
    expect(sut.serviceDate).toBe('2026-11-23');
    expect(sut.slot).toBe('LUNCH');
  });

  it('should take one away, and drop the dish at zero', () => {
    const sut = useCartStore();
    const pork = buildMenuItem({ id: 'pork' });
    const soup = buildMenuItem({ id: 'soup', name: '冬瓜汤' });
    sut.add(pork, LUNCH);
    sut.add(pork, LUNCH);
    sut.add(soup, LUNCH);

    sut.remove('pork');
    expect(sut.qtyOf('pork')).toBe(1);
    sut.remove('pork');
    expect(sut.qtyOf('pork')).toBe(0);
    expect(sut.lines.map((line) => line.menuItemId)).toEqual(['soup']);
    sut.remove('soup');
    expect(sut.isEmpty).toBe(true);
    expect(sut.serviceDate).toBeNull();
  });

  it('should ignore taking away a dish that is not in the cart', () => {
    const sut = useCartStore();
    sut.remove('nothing');
    expect(sut.isEmpty).toBe(true);
  });

  it(`should hold at most ${MAX_QTY_PER_DISH} of one dish`, () => {
    const sut = useCartStore();
    const pork = buildMenuItem({ id: 'pork', portionsLeft: 40 });
    for (let i = 0; i < MAX_QTY_PER_DISH; i += 1) expect(sut.add(pork, LUNCH)).toBe('added');

    expect(sut.add(pork, LUNCH)).toBe('limit');
    expect(sut.qtyOf('pork')).toBe(MAX_QTY_PER_DISH);
    expect(sut.canAdd(pork)).toBe(false);
  });

  it('should never hold more than the portions left', () => {
    const sut = useCartStore();
    const fish = buildMenuItem({ id: 'fish', portionsLeft: 2 });
    sut.add(fish, LUNCH);
    sut.add(fish, LUNCH);

    expect(sut.add(fish, LUNCH)).toBe('limit');
    expect(sut.qtyOf('fish')).toBe(2);
    expect(maxQtyFor(fish)).toBe(2);
  });

  it('should refuse a sold-out dish', () => {
    const sut = useCartStore();
    const soldOut = buildMenuItem({ id: 'gone', soldOut: true, portionsLeft: 0 });

    expect(sut.add(soldOut, LUNCH)).toBe('soldOut');
    expect(sut.isEmpty).toBe(true);
    expect(sut.canAdd(soldOut)).toBe(false);
    expect(maxQtyFor(soldOut)).toBe(0);
  });

  it('should start again when a dish of another meal is added', () => {
    const sut = useCartStore();
    sut.add(buildMenuItem({ id: 'pork' }), LUNCH);

    sut.add(buildMenuItem({ id: 'porridge' }), { serviceDate: '2026-11-23', slot: 'DINNER' });

    expect(sut.lines.map((line) => line.menuItemId)).toEqual(['porridge']);
    expect(sut.slot).toBe('DINNER');
  });

  describe('syncWithMenu', () => {
    it('should take out dishes that sold out or left the menu and bring counts down to what is left', () => {
      const sut = useCartStore();
      sut.add(buildMenuItem({ id: 'pork', name: '红烧肉' }), LUNCH);
      sut.add(buildMenuItem({ id: 'fish', name: '清蒸鱼' }), LUNCH);
      for (let i = 0; i < 3; i += 1) sut.add(buildMenuItem({ id: 'tofu', name: '麻婆豆腐' }), LUNCH);
      sut.add(buildMenuItem({ id: 'gone', name: '饺子' }), LUNCH);

      const change = sut.syncWithMenu(
        buildKioskMenu({
          items: [
            buildMenuItem({ id: 'pork', name: '红烧肉', priceFen: 1300 }),
            buildMenuItem({ id: 'fish', name: '清蒸鱼', soldOut: true, portionsLeft: 0 }),
            buildMenuItem({ id: 'tofu', name: '麻婆豆腐', portionsLeft: 1 }),
          ],
        }),
      );

      expect(change).toEqual({ removed: ['清蒸鱼', '饺子'], reduced: ['麻婆豆腐'], mealChanged: false });
      expect(sut.lines).toEqual([
        { menuItemId: 'pork', name: '红烧肉', priceFen: 1300, qty: 1 },
        { menuItemId: 'tofu', name: '麻婆豆腐', priceFen: 1200, qty: 1 },
      ]);
    });

    it('should empty the cart when the menu is another meal', () => {
      const sut = useCartStore();
      sut.add(buildMenuItem({ id: 'pork' }), LUNCH);

      const change = sut.syncWithMenu(buildKioskMenu({ slot: 'DINNER' }));

      expect(change.mealChanged).toBe(true);
      expect(sut.isEmpty).toBe(true);
    });

    it('should change nothing in an empty cart', () => {
      const sut = useCartStore();
      expect(sut.syncWithMenu(buildKioskMenu({ slot: 'DINNER' }))).toEqual({ removed: [], reduced: [], mealChanged: false });
    });
  });

  it('should forget everything on $reset', () => {
    const sut = useCartStore();
    sut.add(buildMenuItem({ id: 'pork' }), LUNCH);

    sut.$reset();

    expect(sut.isEmpty).toBe(true);
    expect(sut.totalQty).toBe(0);
    expect(sut.serviceDate).toBeNull();
    expect(sut.slot).toBeNull();
  });
});
