import { AsyncResource } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('HTTP');

/** One line per request: method, path without the query (it may carry personal data), status, time. */
export function requestLoggingMiddleware(request: Request, response: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  // bound so the line still carries the request id of the async context it was registered in
  response.on(
    'finish',
    AsyncResource.bind(() => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.log(`${request.method} ${request.path} ${response.statusCode} ${ms.toFixed(1)}ms`);
    }),
  );
  next();
}
