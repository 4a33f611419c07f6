// Albanian first: the council works in Albanian, English is for visitors and
// partners. The choice is remembered and sets <html lang> for screen readers.
import i18n, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";
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

/**
 * The shared English bundle is fetched when English is first chosen (or remembered): the public dashboard's first
 * load carries Albanian only. i18next waits for it before switching. The areas' namespaces bring both languages.
 */
const englishOnDemand: BackendModule = {
  type: "backend",
  init: () => undefined,
  read(language, namespace, callback) {
    if (language !== "en" || namespace !== "translation") return callback(null, {});
    import("./en.json").then((m) => callback(null, m.default), (err: Error) => callback(err, false));
  },
};

void i18n.use(englishOnDemand).use(initReactI18next).init({
  resources: { sq: { translation: sq } },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: "sq",
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

document.documentElement.lang = storedLanguage();

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore
  }
});

export default i18n;
