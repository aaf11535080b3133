import { activityTypesByCategory } from '@/config/activity-types';

/** What a lesson may concern: the 9 missions and the final destination, and the 5 dimensions. */
export const lessonTopics = [...activityTypesByCategory.MISSION, ...activityTypesByCategory.DIMENSION];

export const lessonPath = (id: string) => `/lessons/${id}`;
