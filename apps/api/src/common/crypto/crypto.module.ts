import { Global, Module } from '@nestjs/common';
import { PersonalDataProtector } from './personal-data.protector.js';

@Global()
@Module({ providers: [PersonalDataProtector], exports: [PersonalDataProtector] })
export class CryptoModule {}
