import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { ErrorEnvelopeDto, FieldErrorDto } from './common/errors/error-envelope.dto.js';
import { createValidationPipe } from './common/errors/validation.pipe.js';
import { AppLogger } from './common/logging/app-logger.js';
import { requestContextMiddleware } from './common/logging/request-context.js';
import { requestLoggingMiddleware } from './common/logging/request-logging.middleware.js';
import type { AppConfig } from './config/app-config.js';
import { API_VERSION } from './modules/health/health.controller.js';

export const API_PREFIX = 'api';

export function buildOpenApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('幸福食堂 API')
    .setDescription('Meal-assistance ordering and subsidy platform. Money is integer fen; errors are { code, message, details? }.')
    .setVersion(API_VERSION)
    .addBearerAuth()
    .addGlobalResponse({ status: 'default', description: 'Error envelope', type: ErrorEnvelopeDto })
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
    extraModels: [ErrorEnvelopeDto, FieldErrorDto],
  });
}

/** Builds the whole HTTP application (not yet listening): the same for main, the tests and the OpenAPI export. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new AppLogger(config.env === 'test' ? 'warn' : config.logLevel),
  });
  app.set('trust proxy', 'loopback');
  app.use(requestContextMiddleware);
  app.use(requestLoggingMiddleware);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  const http = app.getHttpAdapter();
  http.get('/', (_request: unknown, response: unknown) => http.redirect(response, 302, '/admin/'));
  return app;
}
