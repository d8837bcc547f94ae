import type { Allergen, CanteenKind, DietTag, Role, SlotWindow } from '@canteen/shared';

/**
 * Demo data: the regions of ../shared/DOMAIN.md, a few canteens, their dishes and the demo logins.
 * Codes below county level are illustrative, not the official statistical codes.
 */

export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoRegion {
  code: string;
  name: string;
}

export const DEMO_UPPER_REGIONS: DemoRegion[] = [
  { code: '53', name: '云南省' },
  { code: '5301', name: '昆明市' },
  { code: '530112', name: '西山区' },
  { code: '530114', name: '呈贡区' },
  { code: '5304', name: '玉溪市' },
  { code: '530425', name: '易门县' },
];

/** Streets (街道/乡镇) per county, each given two communities (社区/村) in the seed. */
export const DEMO_STREETS: Record<string, string[]> = {
  '530112': ['金碧街道', '永昌街道', '前卫街道', '福海街道', '棕树营街道', '西苑街道', '马街街道', '碧鸡街道', '海口街道', '团结街道'],
  '530114': ['龙城街道', '斗南街道', '吴家营街道'],
  '530425': ['龙泉街道', '六街街道', '浦贝彝族乡', '小街乡', '铜厂彝族乡', '绿汁镇', '十街彝族乡'],
};

export const DEMO_COMMUNITY_SUFFIXES = ['第一社区', '第二社区'];

export const LUNCH_AND_DINNER: SlotWindow[] = [
  { slot: 'LUNCH', start: '11:00', end: '13:30' },
  { slot: 'DINNER', start: '17:00', end: '19:00' },
];

export const THREE_MEALS: SlotWindow[] = [
  { slot: 'BREAKFAST', start: '07:00', end: '09:00' },
  ...LUNCH_AND_DINNER,
];

export interface DemoCanteen {
  code: string;
  name: string;
  kind: CanteenKind;
  /** Community code the canteen sits in. */
  regionCode: string;
  address: string;
  openedOn: string;
  seats: number;
  dailyCapacity: number;
  slots: SlotWindow[];
}

export const DEMO_CANTEENS: DemoCanteen[] = [
  { code: 'XS-001', name: '金碧街道幸福食堂', kind: 'CANTEEN', regionCode: '530112001001', address: '西山区金碧路88号', openedOn: '2023-05-18', seats: 80, dailyCapacity: 300, slots: THREE_MEALS },
  { code: 'XS-002', name: '永昌街道老年助餐点', kind: 'MEAL_POINT', regionCode: '530112002001', address: '西山区永昌路12号', openedOn: '2024-03-01', seats: 30, dailyCapacity: 120, slots: LUNCH_AND_DINNER },
  { code: 'XS-003', name: '前卫街道幸福食堂', kind: 'CANTEEN', regionCode: '530112003002', address: '西山区前卫西路201号', openedOn: '2024-09-10', seats: 60, dailyCapacity: 220, slots: LUNCH_AND_DINNER },
  { code: 'XS-004', name: '福海街道幸福食堂', kind: 'CANTEEN', regionCode: '530112004001', address: '西山区福海路45号', openedOn: '2025-04-22', seats: 50, dailyCapacity: 200, slots: THREE_MEALS },
  { code: 'XS-005', name: '马街中央厨房', kind: 'CENTRAL_KITCHEN', regionCode: '530112007001', address: '西山区马街镇工业路6号', openedOn: '2025-08-15', seats: 0, dailyCapacity: 1500, slots: LUNCH_AND_DINNER },
  { code: 'XS-006', name: '碧鸡街道老年助餐点', kind: 'MEAL_POINT', regionCode: '530112008002', address: '西山区碧鸡路3号', openedOn: '2026-06-01', seats: 24, dailyCapacity: 90, slots: LUNCH_AND_DINNER },
  { code: 'CG-001', name: '呈贡龙城幸福食堂', kind: 'CANTEEN', regionCode: '530114001001', address: '呈贡区龙城街道春融路10号', openedOn: '2024-11-11', seats: 70, dailyCapacity: 260, slots: LUNCH_AND_DINNER },
  { code: 'CG-002', name: '呈贡斗南老年助餐点', kind: 'MEAL_POINT', regionCode: '530114002001', address: '呈贡区斗南街道花街5号', openedOn: '2025-10-08', seats: 28, dailyCapacity: 100, slots: LUNCH_AND_DINNER },
  { code: 'YM-001', name: '易门龙泉幸福食堂', kind: 'CANTEEN', regionCode: '530425001001', address: '易门县龙泉街道龙泉路66号', openedOn: '2023-12-20', seats: 50, dailyCapacity: 180, slots: THREE_MEALS },
];

/** The canteen the demo kiosk and the `canteen1` manager belong to. */
export const DEMO_KIOSK_CANTEEN_CODE = 'XS-001';
export const DEMO_KIOSK_DEVICE_NAME = '演示终端（大厅）';

export interface DemoDish {
  name: string;
  description: string;
  photo: string;
  priceFen: number;
  dietTags: DietTag[];
  allergens: Allergen[];
  /** Which slots it is put on in the demo menus. */
  slots: Array<'BREAKFAST' | 'LUNCH' | 'DINNER'>;
  portions: number;
}

export const DEMO_DISHES: DemoDish[] = [
  { name: '小米南瓜粥', description: '软糯养胃', photo: 'porridge', priceFen: 300, dietTags: ['SOFT', 'LOW_SALT', 'VEGETARIAN'], allergens: [], slots: ['BREAKFAST'], portions: 60 },
  { name: '白面馒头', description: '两个，现蒸', photo: 'steamed-bun', priceFen: 200, dietTags: ['SOFT', 'VEGETARIAN'], allergens: ['WHEAT'], slots: ['BREAKFAST'], portions: 80 },
  { name: '水煮蛋', description: '一个', photo: 'egg', priceFen: 150, dietTags: ['LOW_SALT', 'LOW_SUGAR'], allergens: ['EGG'], slots: ['BREAKFAST'], portions: 60 },
  { name: '番茄炒蛋', description: '酸甜可口，少油', photo: 'egg', priceFen: 1000, dietTags: ['SOFT', 'VEGETARIAN'], allergens: ['EGG'], slots: ['LUNCH', 'DINNER'], portions: 40 },
  { name: '清蒸鲈鱼', description: '细嫩少刺', photo: 'fish', priceFen: 1800, dietTags: ['SOFT', 'LOW_SALT', 'LOW_FAT'], allergens: ['FISH'], slots: ['LUNCH'], portions: 20 },
  { name: '土豆炖牛肉', description: '炖得软烂', photo: 'pork', priceFen: 1600, dietTags: ['SOFT', 'HALAL'], allergens: [], slots: ['LUNCH', 'DINNER'], portions: 30 },
  { name: '黄焖鸡', description: '配香菇', photo: 'chicken', priceFen: 1500, dietTags: [], allergens: ['SOY'], slots: ['LUNCH'], portions: 30 },
  { name: '家常豆腐', description: '嫩豆腐，少辣', photo: 'tofu', priceFen: 800, dietTags: ['SOFT', 'VEGETARIAN'], allergens: ['SOY'], slots: ['LUNCH', 'DINNER'], portions: 40 },
  { name: '清炒时蔬', description: '当季青菜', photo: 'greens', priceFen: 600, dietTags: ['LOW_SALT', 'LOW_SUGAR', 'VEGETARIAN'], allergens: [], slots: ['LUNCH', 'DINNER'], portions: 50 },
  { name: '冬瓜排骨汤', description: '清淡鲜美', photo: 'soup', priceFen: 800, dietTags: ['LOW_SALT', 'SOFT'], allergens: [], slots: ['LUNCH', 'DINNER'], portions: 40 },
  { name: '米饭', description: '一碗', photo: 'rice', priceFen: 100, dietTags: ['VEGETARIAN'], allergens: [], slots: ['LUNCH', 'DINNER'], portions: 200 },
  { name: '番茄鸡蛋面', description: '软面条，可加汤', photo: 'noodles', priceFen: 900, dietTags: ['SOFT'], allergens: ['WHEAT', 'EGG'], slots: ['DINNER'], portions: 30 },
  { name: '白菜猪肉水饺', description: '十二个', photo: 'dumplings', priceFen: 1200, dietTags: [], allergens: ['WHEAT'], slots: ['DINNER'], portions: 30 },
];

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  canteenCode?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', role: 'SYSTEM_ADMIN', regionCode: '53' },
  { username: 'kunming', displayName: '昆明市民政局', role: 'CITY_OFFICIAL', regionCode: '5301' },
  { username: 'xishan', displayName: '西山区民政局', role: 'DISTRICT_OFFICIAL', regionCode: '530112' },
  { username: 'chenggong', displayName: '呈贡区民政局', role: 'DISTRICT_OFFICIAL', regionCode: '530114' },
  { username: 'yimen', displayName: '易门县民政局', role: 'DISTRICT_OFFICIAL', regionCode: '530425' },
  { username: 'regulator', displayName: '昆明市市场监管局', role: 'MARKET_REGULATOR', regionCode: '5301' },
  { username: 'auditor', displayName: '昆明市审计员', role: 'AUDITOR', regionCode: '5301' },
  { username: 'canteen1', displayName: '金碧食堂 李经理', role: 'CANTEEN_MANAGER', regionCode: '530112001001', canteenCode: 'XS-001' },
  { username: 'volunteer1', displayName: '志愿者 王小芳', role: 'VOLUNTEER', regionCode: '530112001001' },
  { username: 'worker1', displayName: '社区工作者 陈丽', role: 'COMMUNITY_WORKER', regionCode: '530112001001' },
];

/**
 * The counter staff of the other demo canteens (`staff_xs002` …, same password): they take, cash and serve
 * the orders of the demo history. Kept apart from DEMO_USERS so the start-up banner stays short.
 */
export const DEMO_CANTEEN_STAFF: DemoUser[] = DEMO_CANTEENS.filter((canteen) => canteen.code !== DEMO_KIOSK_CANTEEN_CODE).map(
  (canteen): DemoUser => ({
    username: `staff_${canteen.code.replace('-', '').toLowerCase()}`,
    displayName: `${canteen.name.replace(/^(呈贡|易门)/, '')} 值班员`,
    role: 'CANTEEN_STAFF',
    regionCode: canteen.regionCode,
    canteenCode: canteen.code,
  }),
);

/** How many days ahead the demo keeps menus, so the demo works at any hour of any day. */
export const DEMO_MENU_DAYS_AHEAD = 14;
