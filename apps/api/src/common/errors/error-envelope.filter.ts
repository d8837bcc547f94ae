import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ErrorCode, type ErrorEnvelope } from '@canteen/shared';
import type { Response } from 'express';
import { DomainException } from './domain.exception.js';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.VALIDATION_FAILED,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.VALIDATION_FAILED,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TOO_MANY_REQUESTS,
};

/** Turns every error into the `{ code, message, details? }` envelope; unknown errors are logged as 500s. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorEnvelopeFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, envelope } = this.toEnvelope(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(status).json(envelope);
  }

  private toEnvelope(exception: unknown): { status: number; envelope: ErrorEnvelope } {
    if (exception instanceof DomainException) {
      const envelope: ErrorEnvelope = { code: exception.code, message: exception.message };
      if (exception.details) envelope.details = exception.details;
      return { status: exception.status, envelope };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // A malformed JSON body is bad input, not a server fault: answer it as a 422 like any other.
      const isBadBody = status === HttpStatus.BAD_REQUEST;
      return {
        status: isBadBody ? HttpStatus.UNPROCESSABLE_ENTITY : status,
        envelope: {
          code: CODE_BY_STATUS[status] ?? (status >= 500 ? ErrorCode.INTERNAL : ErrorCode.VALIDATION_FAILED),
          message: exception.message,
          ...(isBadBody ? { details: [{ field: 'body', constraint: 'malformed' }] } : {}),
        },
      };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      envelope: { code: ErrorCode.INTERNAL, message: 'Internal error' },
    };
  }
}
