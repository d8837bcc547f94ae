import { ParseUUIDPipe } from '@nestjs/common';
import { DomainException } from './errors/domain.exception.js';

/** Path ids are UUIDs; anything else is a 422 naming the parameter, not a 400 or a 500. */
export function parseId(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => DomainException.invalidField(field, 'isUuid', `${field} must be a UUID`),
  });
}
