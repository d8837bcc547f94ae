import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serializeSqliteTransactions } from './common/database/sqlite-transactions.js';
import { ErrorEnvelopeFilter } from './common/errors/error-envelope.filter.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { buildDataSourceOptions } from './database/data-source.js';
import { DemoSeedModule } from './database/seeds/demo-seed.module.js';
import { CryptoModule } from './common/crypto/crypto.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { EldersModule } from './modules/elders/elders.module.js';
import { CanteensModule } from './modules/canteens/canteens.module.js';
import { HealthController } from './modules/health/health.controller.js';
import { KioskDevicesModule } from './modules/kiosk-devices/kiosk-devices.module.js';
import { KioskModule } from './modules/kiosk/kiosk.module.js';
import { MenusModule } from './modules/menus/menus.module.js';
import { OrdersModule } from './modules/orders/orders.module.js';
import { RegionsModule } from './modules/regions/regions.module.js';
import { SubsidiesModule } from './modules/subsidies/subsidies.module.js';
import { UsersModule } from './modules/users/users.module.js';

/** The built kiosk and admin, served by the API process at /kiosk and /admin when they have been built. */
function staticApps(config: AppConfig): DynamicModule[] {
  const apps = ['kiosk', 'admin']
    .map((name) => ({ name, rootPath: path.join(config.staticRoot, name, 'dist') }))
    .filter((app) => existsSync(path.join(app.rootPath, 'index.html')));
  if (apps.length === 0) return [];
  return [
    ServeStaticModule.forRoot(
      ...apps.map((app) => ({
        rootPath: app.rootPath,
        serveRoot: `/${app.name}`,
        // relative to serveRoot: every unknown path under /admin gets the app (history-mode routing)
        renderPath: '/{*path}',
        // a missing build asset is a 404, not the app's HTML (a stale tab then reloads instead of breaking)
        exclude: [`/${app.name}/assets/{*path}`],
      })),
    ),
  ];
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => buildDataSourceOptions(config),
          dataSourceFactory: async (options) => serializeSqliteTransactions(await new DataSource(options!).initialize()),
        }),
        ...staticApps(config),
        CryptoModule,
        AuditModule,
        AuthModule,
        UsersModule,
        RegionsModule,
        CanteensModule,
        MenusModule,
        KioskDevicesModule,
        KioskModule,
        EldersModule,
        SubsidiesModule,
        OrdersModule,
        DemoSeedModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: ErrorEnvelopeFilter }],
    };
  }
}
