export type Locale = "es" | "en";
export type MessageValue = string | number | null;
export type MessageData = Record<string, MessageValue>;

/** Words that message data carries and that change with the language. */
const WORDS = {
  es: { noNumber: "sin número", more: "más", less: "menos" },
  en: { noNumber: "without number", more: "more", less: "less" },
} as const;
const INTL_LOCALE: Record<Locale, string> = { es: "es-MX", en: "en-US" };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, money: boolean): Intl.NumberFormat {
  const key = `${locale}:${money}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = money
      ? new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency: "MXN", currencyDisplay: "narrowSymbol" })
      : new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Styles: `num`, `money`; `action` (a number or "sin número"); for a signed difference,
 * `gap`/`gapMoney` its size and `side` which side is larger ("más"/"menos"), so no message
 * shows a bare signed number whose sign a reader has to interpret; `pct` a fraction as a
 * percentage, `times` a ratio («2.5 veces»).
 */
function formatValue(value: MessageValue | undefined, style: string | undefined, locale: Locale): string {
  if (style === "action") return value === null || value === undefined ? WORDS[locale].noNumber : String(value);
  if (typeof value === "number" && style === "side") return value > 0 ? WORDS[locale].more : WORDS[locale].less;
  if (typeof value === "number" && (style === "gap" || style === "gapMoney")) return numberFormat(locale, style === "gapMoney").format(Math.abs(value));
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && style === "pct") return `${numberFormat(locale, false).format(Math.round(value * 100))}${locale === "es" ? " %" : "%"}`;
  if (typeof value === "number" && style === "times") {
    const times = numberFormat(locale, false).format(Math.round(value * 10) / 10);
    return locale === "es" ? `${times} veces` : `${times} times`;
  }
  if (typeof value === "number" && (style === "money" || style === "num")) {
    return numberFormat(locale, style === "money").format(value);
  }
  return String(value);
}

/** A rule's message in one language, its `{name}` and `{name|style}` filled from the finding's data. */
export function formatMessage(template: string, data: MessageData, locale: Locale): string {
  return template.replace(/\{(\w+)(?:\|(\w+))?\}/g, (_, name: string, style?: string) =>
    formatValue(data[name], style, locale),
  );
}
