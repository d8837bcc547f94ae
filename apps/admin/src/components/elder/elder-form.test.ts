import { describe, expect, it } from 'vitest';
import { emptyRegisterForm, isPhotoUrl, readIdNumber, registerBody, suggestedRegisteredRegion, updateBody, type ElderEditForm } from './elder-form';

const TODAY = '2026-03-15';

describe('readIdNumber', () => {
  it('should derive birth date, sex and age from a valid number (never typed twice)', () => {
    expect(readIdNumber('530112194003151238', TODAY)).toEqual({
      state: 'valid',
      birthDate: '1940-03-15',
      sex: 'M',
      age: 86,
      regionCode: '530112',
      tooYoung: false,
    });
    expect(readIdNumber('11010519491231002x', TODAY)).toMatchObject({ state: 'valid', birthDate: '1949-12-31', sex: 'F', age: 76 });
  });

  it('should count the birthday itself, and flag anyone under 60 today', () => {
    expect(readIdNumber('530112196603150019', TODAY)).toMatchObject({ state: 'valid', age: 60, tooYoung: false });
    expect(readIdNumber('530112196603160014', TODAY)).toMatchObject({ state: 'valid', age: 59, tooYoung: true });
  });

  it.each([
    ['53011219400315123', 'LENGTH'],
    ['5301121940031512A8', 'FORMAT'],
    ['530112194003151239', 'CHECKSUM'],
    ['530112194002301234', 'BIRTH_DATE'],
  ])('should say why %s is wrong: %s', (idNumber, reason) => {
    expect(readIdNumber(idNumber, TODAY)).toEqual({ state: 'invalid', reason });
  });

  it('should show nothing for an empty field', () => {
    expect(readIdNumber('  ', TODAY)).toEqual({ state: 'empty' });
  });
});

describe('suggestedRegisteredRegion', () => {
  const known = new Set(['53', '5301', '530112', '530112001']);

  it('should suggest the county of the first six digits when the system knows it', () => {
    expect(suggestedRegisteredRegion(readIdNumber('530112194003151238', TODAY), known)).toBe('530112');
  });

  it('should suggest nothing for an unknown county or an invalid number', () => {
    expect(suggestedRegisteredRegion(readIdNumber('11010519491231002X', TODAY), known)).toBeNull();
    expect(suggestedRegisteredRegion(readIdNumber('530112194003151239', TODAY), known)).toBeNull();
  });
});

describe('registerBody', () => {
  it('should trim, upper-case the X and leave empty optional fields out', () => {
    const body = registerBody({
      ...emptyRegisterForm(),
      name: ' 张秀英 ',
      idNumber: '11010519491231002x ',
      registeredRegionCode: '530112',
      residentRegionCode: '530112001001',
      address: ' 碧鸡路 1 号 ',
      phone: ' ',
    });

    expect(body).toEqual({
      name: '张秀英',
      idNumber: '11010519491231002X',
      registeredRegionCode: '530112',
      residentRegionCode: '530112001001',
      address: '碧鸡路 1 号',
    });
  });

  it('should send dietary needs when any were given', () => {
    const body = registerBody({ ...emptyRegisterForm(), dietTags: ['SOFT', 'LOW_SALT'], allergies: ' 花生 ' });
    expect(body.dietaryNeeds).toEqual({ tags: ['SOFT', 'LOW_SALT'], allergies: '花生' });
  });
});

describe('updateBody', () => {
  const before: ElderEditForm = {
    phone: '',
    address: '碧鸡路 1 号',
    residentRegionCode: '530112001001',
    emergencyContactName: '张伟',
    emergencyContactPhone: '',
    dietTags: ['SOFT'],
    allergies: '',
    photoUrl: '',
  };

  it('should send nothing when nothing changed', () => {
    expect(updateBody({ ...before, dietTags: ['SOFT'] }, before)).toEqual({});
  });

  it('should send only what changed; phones only when a new one was typed', () => {
    expect(updateBody({ ...before, address: '马街 3 号', phone: '13912345678', dietTags: ['SOFT', 'HALAL'] }, before)).toEqual({
      address: '马街 3 号',
      phone: '13912345678',
      dietaryNeeds: { tags: ['SOFT', 'HALAL'], allergies: '' },
    });
  });

  it('should clear a photo with null', () => {
    expect(updateBody({ ...before, photoUrl: '' }, { ...before, photoUrl: 'https://example.org/a.jpg' })).toEqual({ photoUrl: null });
  });
});

describe('isPhotoUrl', () => {
  it.each([
    ['', true],
    ['https://example.org/a.jpg', true],
    ['/uploads/a.jpg', true],
    ['javascript:alert(1)', false],
    ['data:image/png;base64,AAAA', false],
    ['//evil.example/a.jpg', false],
  ])('should judge %j as %s', (value, expected) => {
    expect(isPhotoUrl(value)).toBe(expected);
  });
});
