import { isCalendarDate } from '@canteen/shared';
import { type ValidationOptions, ValidateBy } from 'class-validator';

/** A business date written YYYY-MM-DD that exists on the calendar (no 30 February). */
export function IsServiceDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isServiceDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => '$property must be a real date written YYYY-MM-DD',
      },
    },
    options,
  );
}
