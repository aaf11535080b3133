import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppConfig, type PhotoLimits } from '@/lib/app-config';
import { activityKeys } from '@/lib/query-keys';
import { newUuid } from '@/lib/uuid';
import { ProblemError } from '@/lib/problem';
import { uploadActivityPhoto } from '../api/upload-activity-photo';

/**
 * waiting: chosen, not sent yet; refused: fails a check made here, so it is never sent;
 * failed: the server or the network refused it, and it can be sent again.
 */
export type UploadStatus = 'waiting' | 'uploading' | 'done' | 'failed' | 'refused';

export type PhotoUpload = {
  key: string;
  file: File;
  previewUrl: string;
  status: UploadStatus;
  /** 0 to 100. */
  progress: number;
  error?: unknown;
};

const refusal = (status: number, code: string) => new ProblemError(status, { status, code });

/**
 * The same checks the server makes, with the limits it serves in app-config, so a photo that
 * cannot succeed is not sent over a slow line.
 */
function check(file: File, room: number, limits: PhotoLimits): ProblemError | undefined {
  if (file.type && !limits.acceptedTypes.includes(file.type)) return refusal(415, 'photo.type.unsupported');
  if (file.size > limits.maxBytes) return refusal(413, 'photo.too-large');
  if (room <= 0) return refusal(409, 'photo.limit-reached');
  return undefined;
}

/** Answers that stored nothing and say "again in a moment": every decoder busy, or too many in flight. */
const BUSY_RETRIES = 3;
const BUSY_WAIT_MS = 5000;
const isBusy = (error: unknown) => error instanceof ProblemError && (error.status === 503 || error.status === 429);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const counts = (item: PhotoUpload) => item.status !== 'refused' && item.status !== 'failed';

type Options = {
  /** How many photos the activity already has, for the limit per activity. */
  existing?: number;
  /** Drop sent photos once the activity's photo list is refreshed (they show there instead). */
  forgetDone?: boolean;
};

/** Photos chosen for an activity and their uploads, one after another, each with its progress. */
export function usePhotoUploads({ existing = 0, forgetDone = false }: Options = {}) {
  const queryClient = useQueryClient();
  const { photos: limits } = useAppConfig();
  const [items, setItems] = useState<PhotoUpload[]>([]);
  // Uploads run across renders; the ref always holds the latest list.
  const itemsRef = useRef(items);
  useLayoutEffect(() => {
    itemsRef.current = items;
  }, [items]);

  useEffect(() => () => itemsRef.current.forEach((item) => URL.revokeObjectURL(item.previewUrl)), []);

  const patch = useCallback((key: string, changes: Partial<PhotoUpload>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...changes } : item)));
  }, []);

  /** Adds photos (checked at once); answers the ones added. */
  const add = (files: Iterable<File>): PhotoUpload[] => {
    let room = limits.maxPerActivity - existing - itemsRef.current.filter(counts).length;
    const added = Array.from(files, (file): PhotoUpload => {
      const error = check(file, room, limits);
      if (!error) room -= 1;
      return {
        key: newUuid(),
        file,
        previewUrl: URL.createObjectURL(file),
        status: error ? 'refused' : 'waiting',
        progress: 0,
        error,
      };
    });
    // The ref is updated at once, so an upload started right after sees the new photos.
    itemsRef.current = [...itemsRef.current, ...added];
    setItems((current) => [...current, ...added]);
    return added;
  };

  const remove = (key: string) => {
    const item = itemsRef.current.find((i) => i.key === key);
    if (item) URL.revokeObjectURL(item.previewUrl);
    setItems((current) => current.filter((i) => i.key !== key));
  };

  const reset = () => {
    itemsRef.current.forEach((item) => URL.revokeObjectURL(item.previewUrl));
    setItems([]);
  };

  /** One photo; a busy server (503, 429) is asked again after a pause, a few times, before it counts as failed. */
  async function send(activityId: string, item: PhotoUpload): Promise<boolean> {
    for (let attempt = 0; ; attempt += 1) {
      patch(item.key, { status: 'uploading', progress: 0, error: undefined });
      try {
        await uploadActivityPhoto({
          activityId,
          file: item.file,
          acceptedTypes: limits.acceptedTypes,
          onProgress: ({ loaded, total }) => patch(item.key, { progress: total ? Math.round((100 * loaded) / total) : 0 }),
        });
        patch(item.key, { status: 'done', progress: 100 });
        return true;
      } catch (error) {
        if (isBusy(error) && attempt < BUSY_RETRIES) {
          patch(item.key, { error });
          await pause(BUSY_WAIT_MS);
          continue;
        }
        patch(item.key, { status: 'failed', error });
        return false;
      }
    }
  }

  async function refresh(activityId: string) {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: activityKeys.detail(activityId) }),
      queryClient.invalidateQueries({ queryKey: activityKeys.lists() }),
    ]);
    if (!forgetDone) return;
    setItems((current) => {
      current.filter((item) => item.status === 'done').forEach((item) => URL.revokeObjectURL(item.previewUrl));
      return current.filter((item) => item.status !== 'done');
    });
  }

  /** Sends the waiting photos (all, or those given), one after another; answers how many failed. */
  const upload = async (activityId: string, only?: PhotoUpload[]): Promise<number> => {
    let failed = 0;
    for (const item of (only ?? itemsRef.current).filter((i) => i.status === 'waiting')) {
      if (!(await send(activityId, item))) failed += 1;
    }
    await refresh(activityId);
    return failed;
  };

  const retry = async (activityId: string, key: string) => {
    const item = itemsRef.current.find((i) => i.key === key);
    if (!item) return;
    await send(activityId, item);
    await refresh(activityId);
  };

  return {
    items,
    add,
    remove,
    reset,
    upload,
    retry,
    /** Photos that will be or were stored, for the limit. */
    room: limits.maxPerActivity - existing - items.filter(counts).length,
    busy: items.some((item) => item.status === 'uploading'),
  };
}
