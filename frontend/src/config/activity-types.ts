import type { components } from '@/lib/api/schema';

export type ActivityCategory = components['schemas']['ActivityCategory'];
export type ActivityType = components['schemas']['ActivityType'];

/** Step 3 of the guideline: 3.1 the missions, 3.2 the dimensions, 3.3 national-day volunteering. */
export const activityCategories: readonly ActivityCategory[] = ['MISSION', 'DIMENSION', 'NATIONAL_DAY'];

/** The guideline's section number of each category. */
export const categorySection: Record<ActivityCategory, string> = {
  MISSION: '3.1',
  DIMENSION: '3.2',
  NATIONAL_DAY: '3.3',
};

/** The types of each category in the guideline's order (the final destination closes the missions). */
export const activityTypesByCategory: Record<ActivityCategory, readonly ActivityType[]> = {
  MISSION: [
    'FRIDGE_AND_MEDICINE_CABINET',
    'LABOUR_SHARING_BANK',
    'THREE_TREES',
    'HOUSEHOLD_ACCOUNTS',
    'WASTE_FOR_GOLD',
    'HERITAGE_MEMORY',
    'OCCUPATION_SHARING',
    'ENERGY_SAVING',
    'FOUR_DIRECTIONS_MARKET',
    'SUFFICIENCY_VILLAGE',
  ],
  DIMENSION: ['HEALTH', 'EDUCATION', 'OCCUPATION_INCOME', 'LIVING_CONDITIONS', 'STATE_SERVICES'],
  NATIONAL_DAY: ['DEVELOPMENT_VOLUNTEER', 'DISASTER_VOLUNTEER', 'SPECIAL_TASK_VOLUNTEER'],
};

export const activityTypes: readonly ActivityType[] = activityCategories.flatMap((c) => activityTypesByCategory[c]);

export function categoryOf(type: ActivityType): ActivityCategory {
  return activityCategories.find((c) => activityTypesByCategory[c].includes(type)) ?? 'MISSION';
}

export function isActivityType(value: unknown): value is ActivityType {
  return activityTypes.includes(value as ActivityType);
}

export function isActivityCategory(value: unknown): value is ActivityCategory {
  return activityCategories.includes(value as ActivityCategory);
}

/** Days the department names for volunteer work; offered as suggestions, any other day may be typed. */
export const nationalDaySuggestions: readonly string[] = [
  'วันปิยมหาราช ๒๓ ตุลาคม',
  'วันคล้ายวันสวรรคต รัชกาลที่ ๙ ๑๓ ตุลาคม',
  'วันพ่อแห่งชาติ ๕ ธันวาคม',
  'วันจักรี ๖ เมษายน',
  'วันฉัตรมงคล ๔ พฤษภาคม',
  'วันเฉลิมพระชนมพรรษา พระราชินี ๓ มิถุนายน',
  'วันเฉลิมพระชนมพรรษา รัชกาลที่ ๑๐ ๒๘ กรกฎาคม',
  'วันแม่แห่งชาติ ๑๒ สิงหาคม',
];
