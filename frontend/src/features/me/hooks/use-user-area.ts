import { useMe } from '../api/get-me';

export type AreaNames = { code: string; nameTh: string; nameEn: string };

export type UserArea = {
  /** The province the user is bound to, if any. */
  province?: AreaNames;
  /** The district the user is bound to, if any. */
  district?: AreaNames;
  isLoading: boolean;
};

/** The province and district the user's area fixes; a national user has neither. */
export function useUserArea(): UserArea {
  const me = useMe();
  const area = me.data?.area;
  if (!area?.code || area.level === 'NATIONAL') return { isLoading: me.isPending };
  const own = { code: area.code, nameTh: area.nameTh, nameEn: area.nameEn };
  if (area.level === 'PROVINCE') return { province: own, isLoading: false };
  const province = area.province ?? { code: area.code.slice(0, 2), nameTh: '', nameEn: '' };
  return { province, district: own, isLoading: false };
}
