import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { KioskDevicesModule } from '../kiosk-devices/kiosk-devices.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { PasswordHasher } from './password-hasher.js';

@Module({
  imports: [
    UsersModule,
    KioskDevicesModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwt.secret,
        signOptions: { expiresIn: config.jwt.ttlSeconds },
      }),
    }),
    RateLimitModule,
  ],
  controllers: [AuthController],
  providers: [AuthService, PasswordHasher, LoginRateLimitGuard, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [PasswordHasher],
})
export class AuthModule {}
