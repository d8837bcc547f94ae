import { HttpStatus } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@canteen/shared';

/**
 * The one exception type services throw. It carries a code from @canteen/shared and the HTTP status it
 * maps to; the global filter turns it into the `{ code, message, details? }` envelope.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: HttpStatus,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainException';
  }

  static notFound(code: ErrorCode, message: string): DomainException {
    return new DomainException(code, HttpStatus.NOT_FOUND, message);
  }

  static conflict(code: ErrorCode, message: string): DomainException {
    return new DomainException(code, HttpStatus.CONFLICT, message);
  }

  static forbidden(code: ErrorCode, message: string): DomainException {
    return new DomainException(code, HttpStatus.FORBIDDEN, message);
  }

  static outOfScope(what: string): DomainException {
    return new DomainException(ErrorCode.OUT_OF_SCOPE, HttpStatus.FORBIDDEN, `${what} is outside your region scope`);
  }

  static unauthenticated(code: ErrorCode, message: string): DomainException {
    return new DomainException(code, HttpStatus.UNAUTHORIZED, message);
  }

  /** A 422 for one field, for rules the DTO validators cannot see (e.g. a date range too long). */
  static invalidField(field: string, constraint: string, message: string): DomainException {
    return new DomainException(ErrorCode.VALIDATION_FAILED, HttpStatus.UNPROCESSABLE_ENTITY, message, [
      { field, constraint },
    ]);
  }
}
