import { ageOn, type DietTag, parseResidentId, type ResidentIdProblem } from '@canteen/shared';
import type { RegisterElderDto, UpdateElderDto } from '@/api/types';

/** Elders are 60 and over (DOMAIN.md); the API refuses younger people with ELDER_TOO_YOUNG. */
export const ELDER_MIN_AGE = 60;

/** A phone number as the API accepts it: digits and dashes, an optional leading +. */
export const PHONE_PATTERN = /^\+?\d[\d-]{4,19}$/;

export type IdNumberReading =
  | { state: 'empty' }
  | { state: 'invalid'; reason: ResidentIdProblem }
  | { state: 'valid'; birthDate: string; sex: 'M' | 'F'; age: number; regionCode: string; tooYoung: boolean };

/**
 * What the form shows under the ID number: the birth date, sex and age read from it (never typed
 * twice), or why the number cannot be right.
 */
export function readIdNumber(idNumber: string, today: string): IdNumberReading {
  if (idNumber.trim() === '') return { state: 'empty' };
  const parsed = parseResidentId(idNumber, today);
  if (!parsed.ok) return { state: 'invalid', reason: parsed.reason };
  const age = ageOn(parsed.birthDate, today);
  return { state: 'valid', birthDate: parsed.birthDate, sex: parsed.sex, age, regionCode: parsed.regionCode, tooYoung: age < ELDER_MIN_AGE };
}

/**
 * The 户籍 region suggested by an ID number: its first six digits are the county where it was issued,
 * used when that county is a region the system knows (it may have been renamed or lie elsewhere).
 */
export function suggestedRegisteredRegion(reading: IdNumberReading, knownRegionCodes: ReadonlySet<string>): string | null {
  return reading.state === 'valid' && knownRegionCodes.has(reading.regionCode) ? reading.regionCode : null;
}

export interface ElderRegisterForm {
  name: string;
  idNumber: string;
  phone: string;
  registeredRegionCode: string;
  residentRegionCode: string;
  address: string;
  emergencyContactName: string;
  emergencyContactPhone: string;
  dietTags: DietTag[];
  allergies: string;
  photoUrl: string;
}

export function emptyRegisterForm(): ElderRegisterForm {
  return {
    name: '',
    idNumber: '',
    phone: '',
    registeredRegionCode: '',
    residentRegionCode: '',
    address: '',
    emergencyContactName: '',
    emergencyContactPhone: '',
    dietTags: [],
    allergies: '',
    photoUrl: '',
  };
}

/** The body sent to the API: trimmed, the ID number canonical (upper-case X), empty optionals left out. */
export function registerBody(form: ElderRegisterForm): RegisterElderDto {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const dietaryNeeds = form.dietTags.length > 0 || form.allergies.trim() ? { tags: [...form.dietTags], allergies: form.allergies.trim() } : undefined;
  const body: RegisterElderDto = {
    name: form.name.trim(),
    idNumber: form.idNumber.trim().toUpperCase(),
    registeredRegionCode: form.registeredRegionCode,
    residentRegionCode: form.residentRegionCode,
    address: form.address.trim(),
    phone: optional(form.phone),
    emergencyContactName: optional(form.emergencyContactName),
    emergencyContactPhone: optional(form.emergencyContactPhone),
    dietaryNeeds,
    photoUrl: optional(form.photoUrl),
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as RegisterElderDto;
}

export interface ElderEditForm {
  /** Empty keeps the phone on record (only its masked form is known here). */
  phone: string;
  address: string;
  residentRegionCode: string;
  emergencyContactName: string;
  /** Empty keeps the emergency phone on record. */
  emergencyContactPhone: string;
  dietTags: DietTag[];
  allergies: string;
  photoUrl: string;
}

/** A PATCH with what changed only; phones are sent only when a new one was typed. */
export function updateBody(form: ElderEditForm, before: ElderEditForm): UpdateElderDto {
  const body: UpdateElderDto = {};
  if (form.phone.trim()) body.phone = form.phone.trim();
  if (form.emergencyContactPhone.trim()) body.emergencyContactPhone = form.emergencyContactPhone.trim();
  if (form.address.trim() !== before.address) body.address = form.address.trim();
  if (form.residentRegionCode !== before.residentRegionCode) body.residentRegionCode = form.residentRegionCode;
  if (form.emergencyContactName.trim() !== before.emergencyContactName) body.emergencyContactName = form.emergencyContactName.trim();
  if (form.photoUrl.trim() !== before.photoUrl) body.photoUrl = form.photoUrl.trim() || null;
  const tagsChanged = [...form.dietTags].sort().join() !== [...before.dietTags].sort().join();
  if (tagsChanged || form.allergies.trim() !== before.allergies) body.dietaryNeeds = { tags: [...form.dietTags], allergies: form.allergies.trim() };
  return body;
}

/** Only http(s) or same-site links are shown as a photo: a data: or javascript: URL must not end up in an img. */
export function isPhotoUrl(value: string): boolean {
  return value.trim() === '' || /^(https?:\/\/|\/(?!\/))\S+$/i.test(value.trim());
}
