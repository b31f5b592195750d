import { Inject } from '@nestjs/common';
import type { SecurityConfig } from '../config.js';

export const securityConfigToken = Symbol('SecurityConfig');

export const InjectSecurityConfig = (): ParameterDecorator => Inject(securityConfigToken);

export type { SecurityConfig };
