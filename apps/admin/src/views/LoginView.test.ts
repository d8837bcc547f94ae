import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { loginApi } from '@/api/auth';
import { i18n, setLocale } from '@/locales';
import { readAccessToken } from '@/utils/session';
import LoginView from './LoginView.vue';

vi.mock('@/api/auth', () => ({ loginApi: vi.fn(), getMeApi: vi.fn() }));

async function mountLogin() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginView },
      { path: '/', name: 'home', component: { template: '<p>home</p>' } },
    ],
  });
  await router.push('/login');
  const pinia = createPinia();
  setActivePinia(pinia);
  const wrapper = mount(LoginView, { global: { plugins: [pinia, router, i18n] }, attachTo: document.body });
  return { wrapper, router };
}

async function submit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], password: string): Promise<void> {
  await wrapper.find('input[autocomplete="username"]').setValue('xishan');
  await wrapper.find('input[autocomplete="current-password"]').setValue(password);
  await wrapper.find('form').trigger('submit');
  await flushPromises();
  await flushPromises();
}

describe('LoginView', () => {
  beforeEach(() => {
    sessionStorage.clear();
    setLocale('zh-CN');
    vi.mocked(loginApi).mockReset();
  });

  it('should show the translated error code, never the server message', async () => {
    vi.mocked(loginApi).mockRejectedValue(
      new ApiError(423, { code: ErrorCode.AUTH_ACCOUNT_LOCKED, message: 'Account locked until 10:42 (server prose)' }),
    );
    const { wrapper } = await mountLogin();

    await submit(wrapper, 'wrong');

    expect(wrapper.text()).toContain('密码错误次数过多');
    expect(wrapper.text()).not.toContain('server prose');
    wrapper.unmount();
  });

  it('should follow the UI language', async () => {
    setLocale('en-US');
    vi.mocked(loginApi).mockRejectedValue(new ApiError(401, { code: ErrorCode.AUTH_INVALID_CREDENTIALS, message: 'nope' }));
    const { wrapper } = await mountLogin();

    await submit(wrapper, 'wrong');

    expect(wrapper.text()).toContain('Wrong username or password');
    wrapper.unmount();
  });

  it('should go home after a successful login', async () => {
    vi.mocked(loginApi).mockResolvedValue({
      accessToken: 'jwt',
      user: { id: 'u1', username: 'xishan', displayName: '张敏', role: 'DISTRICT_OFFICIAL', regionCode: '530112', canteenId: null },
    });
    const { wrapper, router } = await mountLogin();

    await submit(wrapper, 'Demo@2026');

    expect(router.currentRoute.value.name).toBe('home');
    expect(readAccessToken()).toBe('jwt');
    wrapper.unmount();
  });
});
