import { apiClient, request, unwrap } from './client';
import type { LoginDto, LoginResponseDto, UserDto } from './types';

/** A failed login is an answer, not an ended session: it bypasses the 401 handler. */
export function loginApi(credentials: LoginDto): Promise<LoginResponseDto> {
  return unwrap(apiClient.POST('/api/v1/auth/login', { body: credentials }));
}

export function getMeApi(): Promise<UserDto> {
  return request(apiClient.GET('/api/v1/auth/me'));
}
