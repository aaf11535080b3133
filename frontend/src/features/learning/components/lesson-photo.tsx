import { Image, Skeleton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Attachment } from '@/lib/attachments';
import { getLessonPhoto } from '../api/lesson-photos';

type LessonPhotoProps = { photo: Attachment; alt: string; height?: number };

/** A lesson's photo, fetched with the bearer token as attachments are, shown from an object URL. */
export function LessonPhoto({ photo, alt, height = 160 }: LessonPhotoProps) {
  const blob = useQuery({ queryKey: ['lesson-photo', photo.url, photo.etag], queryFn: () => getLessonPhoto(photo), staleTime: Infinity });
  const url = useMemo(() => (blob.data ? URL.createObjectURL(blob.data) : undefined), [blob.data]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (!url) return <Skeleton height={height} />;
  return <Image src={url} alt={alt} h={height} fit="cover" />;
}
