import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enActivities from './en/activities.json';
import enCenters from './en/centers.json';
import enCommon from './en/common.json';
import enCompliance from './en/compliance.json';
import enDocuments from './en/documents.json';
import enEvaluation from './en/evaluation.json';
import enGeo from './en/geo.json';
import enLessons from './en/lessons.json';
import enMe from './en/me.json';
import enMeetings from './en/meetings.json';
import enPartners from './en/partners.json';
import enPlans from './en/plans.json';
import enProblem from './en/problem.json';
import enReporting from './en/reporting.json';
import thActivities from './th/activities.json';
import thCenters from './th/centers.json';
import thCommon from './th/common.json';
import thCompliance from './th/compliance.json';
import thDocuments from './th/documents.json';
import thEvaluation from './th/evaluation.json';
import thGeo from './th/geo.json';
import thLessons from './th/lessons.json';
import thMe from './th/me.json';
import thMeetings from './th/meetings.json';
import thPartners from './th/partners.json';
import thPlans from './th/plans.json';
import thProblem from './th/problem.json';
import thReporting from './th/reporting.json';

export const languages = ['th', 'en'] as const;
export type Language = (typeof languages)[number];

export const resources = {
  th: {
    common: thCommon,
    problem: thProblem,
    me: thMe,
    geo: thGeo,
    centers: thCenters,
    activities: thActivities,
    compliance: thCompliance,
    partners: thPartners,
    reporting: thReporting,
    documents: thDocuments,
    evaluation: thEvaluation,
    meetings: thMeetings,
    plans: thPlans,
    lessons: thLessons,
  },
  en: {
    common: enCommon,
    problem: enProblem,
    me: enMe,
    geo: enGeo,
    centers: enCenters,
    activities: enActivities,
    compliance: enCompliance,
    partners: enPartners,
    reporting: enReporting,
    documents: enDocuments,
    evaluation: enEvaluation,
    meetings: enMeetings,
    plans: enPlans,
    lessons: enLessons,
  },
} as const;

export const LANGUAGE_STORAGE_KEY = 'cdvl.language';

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

export function storedLanguage(): Language {
  const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(value) ? value : 'th';
}

/** Switches language, remembers it for the next visit and tells assistive tech via <html lang>. */
export async function changeLanguage(lang: Language): Promise<void> {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  await i18n.changeLanguage(lang);
}

export function initI18n(lng: Language = storedLanguage()) {
  i18n.on('languageChanged', (lang) => {
    document.documentElement.lang = lang;
  });
  document.documentElement.lang = lng;
  void i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'th',
    supportedLngs: [...languages],
    ns: ['common', 'problem', 'me', 'geo', 'centers', 'activities', 'compliance', 'partners', 'reporting', 'documents', 'meetings', 'evaluation', 'plans', 'lessons'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    // Resources are bundled, so initialising synchronously avoids a first render without texts.
    initAsync: false,
  });
  return i18n;
}
