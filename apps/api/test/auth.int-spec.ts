import { UserEntity } from '../src/modules/users/user.entity.js';
import { createRegionTree, createUser, TEST_PASSWORD } from './helpers/factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('auth (HTTP, real database)', () => {
  let t: TestApp;
  let region: string;

  beforeAll(async () => {
    t = await startTestApp();
    region = (await createRegionTree(t.dataSource)).county;
  });

  afterAll(async () => {
    await t.close();
  });

  it('logs in with the right password and returns a token and the user without secrets', async () => {
    const user = await createUser(t.dataSource, 'DISTRICT_OFFICIAL', region);
    const response = await t.http.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(typeof response.body.accessToken).toBe('string');
    expect(response.body.user).toEqual({
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: 'DISTRICT_OFFICIAL',
      regionCode: region,
      canteenId: null,
    });
    expect(JSON.stringify(response.body)).not.toContain('argon2');

    const me = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${response.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.username).toBe(user.username);
  });

  it('refuses a wrong password and an unknown user with the same code', async () => {
    const user = await createUser(t.dataSource, 'DISTRICT_OFFICIAL', region);
    const wrong = await t.http.post('/api/v1/auth/login').send({ username: user.username, password: 'nope' });
    const unknown = await t.http.post('/api/v1/auth/login').send({ username: 'nobody-here', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('locks the account after five failed logins, even against the right password, until the lock ends', async () => {
    const user = await createUser(t.dataSource, 'STREET_OFFICIAL', region);
    const codes: string[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await t.http.post('/api/v1/auth/login').send({ username: user.username, password: 'wrong' });
      codes.push(response.body.code);
    }
    expect(codes).toEqual([
      'AUTH_INVALID_CREDENTIALS',
      'AUTH_INVALID_CREDENTIALS',
      'AUTH_INVALID_CREDENTIALS',
      'AUTH_INVALID_CREDENTIALS',
      'AUTH_ACCOUNT_LOCKED',
    ]);
    const locked = await t.http.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD });
    expect(locked.status).toBe(423);
    expect(locked.body.code).toBe('AUTH_ACCOUNT_LOCKED');

    const row = await t.dataSource.manager.findOneByOrFail(UserEntity, { id: user.id });
    const lockMinutes = (row.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(lockMinutes).toBeGreaterThan(14);
    expect(lockMinutes).toBeLessThanOrEqual(15.1);

    await t.dataSource.manager.update(UserEntity, { id: user.id }, { lockedUntil: new Date(Date.now() - 1000) });
    const after = await t.http.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD });
    expect(after.status).toBe(200);
  });

  it('answers bad login input with 422 and the fields', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ username: 42 });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = (response.body.details as { field: string }[]).map((detail) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('answers a malformed JSON body with 422, not 500', async () => {
    const response = await t.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "x"');
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses requests without a token, with a forged token, and for a disabled user', async () => {
    const none = await t.http.get('/api/v1/auth/me');
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('UNAUTHENTICATED');

    const forged = await t.http.get('/api/v1/auth/me').set('Authorization', 'Bearer abc.def.ghi');
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('AUTH_TOKEN_INVALID');

    const user = await createUser(t.dataSource, 'VOLUNTEER', region);
    const login = await t.http.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD });
    await t.dataSource.manager.update(UserEntity, { id: user.id }, { active: false });
    const disabled = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(disabled.status).toBe(401);
  });
});

describe('login rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers 429 once a client exceeds the login rate for a username', async () => {
    // The limiter counts per calendar minute: start well inside one so the five requests share it.
    const secondsIntoMinute = new Date().getSeconds();
    if (secondsIntoMinute > 50) await new Promise((resolve) => setTimeout(resolve, (61 - secondsIntoMinute) * 1000));
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await t.http.post('/api/v1/auth/login').send({ username: 'spray-target', password: 'x' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const last = await t.http.post('/api/v1/auth/login').send({ username: 'spray-target', password: 'x' });
    expect(last.body.code).toBe('TOO_MANY_REQUESTS');
  });
});
