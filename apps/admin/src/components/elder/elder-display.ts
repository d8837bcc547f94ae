import type { ApprovalStatus, CardStatus, ElderStatus, ReviewState } from '@canteen/shared';

/** Colour is the second cue: every tag also says its state in words. */
type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

export const ELDER_STATUS_TAGS: Record<ElderStatus, TagType> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  MOVED_OUT: 'info',
  DECEASED: 'info',
};

export const REVIEW_STATE_TAGS: Record<ReviewState, TagType> = {
  CURRENT: 'success',
  DUE: 'warning',
  LAPSED: 'danger',
};

export const APPROVAL_STATUS_TAGS: Record<ApprovalStatus, TagType> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
};

export const CARD_STATUS_TAGS: Record<CardStatus, TagType> = {
  ACTIVE: 'success',
  BLOCKED: 'danger',
};
