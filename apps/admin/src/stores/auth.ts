import type { ErrorCode, Role } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { getMeApi, loginApi } from '@/api/auth';
import type { UserDto } from '@/api/types';
import { errorCodeOf } from '@/utils/errors';
import { clearAccessToken, readAccessToken, writeAccessToken } from '@/utils/session';
import { resetAllStores } from './reset';

export const useAuthStore = defineStore('auth', () => {
  const accessToken = ref<string | null>(readAccessToken());
  const user = ref<UserDto | null>(null);
  const loggingIn = ref(false);
  const loginErrorCode = ref<ErrorCode | null>(null);

  const isAuthenticated = computed(() => accessToken.value !== null && user.value !== null);
  const role = computed<Role | null>(() => user.value?.role ?? null);
  const hasSession = computed(() => accessToken.value !== null);

  async function login(username: string, password: string): Promise<boolean> {
    loggingIn.value = true;
    loginErrorCode.value = null;
    try {
      const result = await loginApi({ username, password });
      writeAccessToken(result.accessToken);
      accessToken.value = result.accessToken;
      user.value = result.user;
      return true;
    } catch (error) {
      loginErrorCode.value = errorCodeOf(error);
      return false;
    } finally {
      loggingIn.value = false;
    }
  }

  /** After a reload the token is still in sessionStorage: ask who it belongs to. */
  async function restore(): Promise<boolean> {
    if (user.value) return true;
    if (!accessToken.value) return false;
    try {
      user.value = await getMeApi();
      return true;
    } catch {
      logout();
      return false;
    }
  }

  function logout(): void {
    clearAccessToken();
    resetAllStores();
  }

  function $reset(): void {
    accessToken.value = readAccessToken();
    user.value = null;
    loggingIn.value = false;
    loginErrorCode.value = null;
  }

  return { accessToken, user, loggingIn, loginErrorCode, isAuthenticated, hasSession, role, login, restore, logout, $reset };
});
