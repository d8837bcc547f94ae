import type { Role } from '@canteen/shared';

/** A logged-in staff member or volunteer, as the auth guard resolved them for this request. */
export interface StaffActor {
  kind: 'staff';
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** Region scope: every read and write is limited to this code and below. */
  regionCode: string;
  canteenId: string | null;
}

/** A registered kiosk acting for its canteen. */
export interface DeviceActor {
  kind: 'device';
  deviceId: string;
  deviceName: string;
  canteenId: string;
}

export type Actor = StaffActor | DeviceActor;

/** Where the guard leaves the actor on the request. */
export interface AuthenticatedRequest {
  actor?: Actor;
}
