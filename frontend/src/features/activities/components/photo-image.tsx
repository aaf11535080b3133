import { Center, Image, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getPhotoImageQueryOptions, type PhotoVariant } from '../api/get-photo-image';
import { useObjectUrl } from '@/lib/use-object-url';

type PhotoImageProps = {
  activityId: string;
  photoId: string;
  variant: PhotoVariant;
  alt: string;
  height: number | string;
};

/** A photo fetched with the bearer token and shown through an object URL. */
export function PhotoImage({ activityId, photoId, variant, alt, height }: PhotoImageProps) {
  const { t } = useTranslation('activities');
  const image = useQuery(getPhotoImageQueryOptions(activityId, photoId, variant));
  const url = useObjectUrl(image.data);
  if (image.isError) {
    return (
      <Center h={height}>
        <Text size="sm" c="red">
          {t('photos.loadFailed')}
        </Text>
      </Center>
    );
  }
  if (!url) {
    return (
      <Center h={height}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <Image src={url} alt={alt} h={height} fit={variant === 'thumbnail' ? 'cover' : 'contain'} radius="sm" />;
}
