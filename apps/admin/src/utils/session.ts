/**
 * The access token lives in sessionStorage: it survives a reload but not closing the tab, and is never
 * shared between tabs of different officials on one shared office computer.
 */
const ACCESS_TOKEN_KEY = 'canteen-admin.accessToken';

export function readAccessToken(): string | null {
  return sessionStorage.getItem(ACCESS_TOKEN_KEY);
}

export function writeAccessToken(token: string): void {
  sessionStorage.setItem(ACCESS_TOKEN_KEY, token);
}

export function clearAccessToken(): void {
  sessionStorage.removeItem(ACCESS_TOKEN_KEY);
}
