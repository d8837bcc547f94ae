import { ApiError, createApiClient, unwrap } from '@canteen/api-client';
import { currentLocale } from '@/locales';
import { readAccessToken } from '@/utils/session';

type SessionEndedHandler = () => void;

let onSessionEnded: SessionEndedHandler | null = null;

/** Registered once at start-up: what to do when the API says the session is no longer valid. */
export function setSessionEndedHandler(handler: SessionEndedHandler | null): void {
  onSessionEnded = handler;
}

/** The one configured client: bearer token and UI language on every request, same origin. */
export const apiClient = createApiClient({
  headers: () => {
    const token = readAccessToken();
    return {
      Authorization: token ? `Bearer ${token}` : undefined,
      'Accept-Language': currentLocale(),
    };
  },
});

/**
 * Awaits one API call and returns its data, or throws the ApiError envelope. A 401 on a call made with
 * a token means the token expired or was revoked: the session ends and the app goes back to login.
 */
export async function request<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const hadSession = readAccessToken() !== null;
  try {
    return await unwrap(call);
  } catch (error) {
    if (hadSession && error instanceof ApiError && error.status === 401) onSessionEnded?.();
    throw error;
  }
}

export { unwrap };
