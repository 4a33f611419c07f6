// Albanian first: the council works in Albanian, English is for visitors and
// partners. The choice is remembered and sets <html lang> for screen readers.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import sq from "./sq.json";

export const LANGUAGES = ["sq", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "kuvend.lang";

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (value === "sq" || value === "en") return value;
  } catch {
    // no storage: fall through to Albanian
  }
  return "sq";
}

void i18n.use(initReactI18next).init({
  resources: { sq: { translation: sq }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "sq",
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18n.language;

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore
  }
});

export default i18n;
