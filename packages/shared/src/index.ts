export * from './canteens.js';
export * from './dates.js';
export * from './diet-tags.js';
export * from './error-codes.js';
export * from './meal-slots.js';
export * from './money.js';
export * from './regions.js';
export * from './roles.js';
