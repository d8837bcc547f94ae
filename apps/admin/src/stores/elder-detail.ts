import type { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  changeElderStatusApi,
  getElderApi,
  getElderHistoryApi,
  getElderIdentityApi,
  proposeElderAssessmentApi,
  proposeElderCategoryApi,
  replaceElderCardApi,
  updateElderApi,
  verifyElderApi,
} from '@/api/elders';
import type {
  AuditEntryDto,
  ChangeElderStatusDto,
  ElderCardDto,
  ElderDetailDto,
  ElderIdentityDto,
  ProposeAssessmentDto,
  ProposeCategoryDto,
  ReplaceCardDto,
  UpdateElderDto,
} from '@/api/types';
import { errorCodeOf } from '@/utils/errors';

/** One elder's record, its history, and what can be done to it. Actions throw the API error. */
export const useElderDetailStore = defineStore('elderDetail', () => {
  const current = ref<ElderDetailDto | null>(null);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);
  const history = ref<AuditEntryDto[]>([]);
  const historyLoading = ref(false);
  const historyErrorCode = ref<ErrorCode | null>(null);

  async function fetchElder(id: string): Promise<void> {
    if (current.value?.id !== id) {
      current.value = null;
      history.value = [];
    }
    loading.value = true;
    errorCode.value = null;
    try {
      current.value = await getElderApi(id);
    } catch (error) {
      errorCode.value = errorCodeOf(error);
    } finally {
      loading.value = false;
    }
  }

  async function fetchHistory(id: string): Promise<void> {
    historyLoading.value = true;
    historyErrorCode.value = null;
    try {
      history.value = await getElderHistoryApi(id);
    } catch (error) {
      historyErrorCode.value = errorCodeOf(error);
    } finally {
      historyLoading.value = false;
    }
  }

  function show(saved: ElderDetailDto): ElderDetailDto {
    if (!current.value || current.value.id === saved.id) current.value = saved;
    return saved;
  }

  /** After a proposal or a card change the answer is a part of the record: reload the whole of it. */
  async function reload(id: string): Promise<void> {
    current.value = await getElderApi(id);
  }

  async function update(id: string, body: UpdateElderDto): Promise<ElderDetailDto> {
    return show(await updateElderApi(id, body));
  }

  async function changeStatus(id: string, body: ChangeElderStatusDto): Promise<ElderDetailDto> {
    return show(await changeElderStatusApi(id, body));
  }

  async function verify(id: string, note: string): Promise<ElderDetailDto> {
    return show(await verifyElderApi(id, note));
  }

  async function proposeCategory(id: string, body: ProposeCategoryDto): Promise<void> {
    await proposeElderCategoryApi(id, body);
    await reload(id);
  }

  async function proposeAssessment(id: string, body: ProposeAssessmentDto): Promise<void> {
    await proposeElderAssessmentApi(id, body);
    await reload(id);
  }

  async function replaceCard(id: string, body: ReplaceCardDto): Promise<ElderCardDto> {
    const card = await replaceElderCardApi(id, body);
    await reload(id);
    return card;
  }

  /**
   * The full ID number and phone, for the caller to show and forget: deliberately not kept in the
   * store, so it does not outlive the dialog that shows it.
   */
  function readIdentity(id: string): Promise<ElderIdentityDto> {
    return getElderIdentityApi(id);
  }

  function $reset(): void {
    current.value = null;
    loading.value = false;
    errorCode.value = null;
    history.value = [];
    historyLoading.value = false;
    historyErrorCode.value = null;
  }

  return {
    current,
    loading,
    errorCode,
    history,
    historyLoading,
    historyErrorCode,
    fetchElder,
    fetchHistory,
    update,
    changeStatus,
    verify,
    proposeCategory,
    proposeAssessment,
    replaceCard,
    readIdentity,
    $reset,
  };
});
