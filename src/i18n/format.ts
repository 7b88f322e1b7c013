// Intl formatting in the interface language: dates, times, numbers, amounts, sizes, country names.
import { useTranslation } from 'react-i18next';

export interface Formatters {
  date(value: string | null | undefined): string;
  dateTime(value: string | null | undefined): string;
  number(value: number | null | undefined, maximumFractionDigits?: number): string;
  money(value: number | null | undefined, currency: string): string;
  bytes(value: number | null | undefined): string;
  country(code: string): string;
  language(code: string): string;
}

/** Parse a stored date (`YYYY-MM-DD`, taken as a calendar day) or date-time. */
function parse(value: string): Date | null {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Format a stored date; an unreadable one is shown as it is rather than hidden. */
function formatWith(format: Intl.DateTimeFormat, value: string | null | undefined): string {
  if (!value) return '';
  const date = parse(value);
  return date ? format.format(date) : value;
}

/** A value made on first use: Intl objects load locale data, costly on a phone at start-up. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createFormatters(locale: string): Formatters {
  const dateFormat = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const dateTimeFormat = lazy(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const regions = lazy(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  const languages = lazy(
    () => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }),
  );
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (maximumFractionDigits: number) => {
    let format = numberFormats.get(maximumFractionDigits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits });
      numberFormats.set(maximumFractionDigits, format);
    }
    return format;
  };
  return {
    date: (value) => formatWith(dateFormat(), value),
    dateTime: (value) => formatWith(dateTimeFormat(), value),
    number: (value, maximumFractionDigits = 2) =>
      value === null || value === undefined
        ? ''
        : numberFormat(maximumFractionDigits).format(value),
    money: (value, currency) => {
      if (value === null || value === undefined) return '';
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
      } catch {
        return `${new Intl.NumberFormat(locale).format(value)} ${currency}`;
      }
    },
    bytes: (value) => {
      if (value === null || value === undefined) return '';
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
      let amount = value;
      let unit = 0;
      while (amount >= 1024 && unit < units.length - 1) {
        amount /= 1024;
        unit += 1;
      }
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: units[unit],
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(amount);
    },
    country: (code) => regions().of(code) ?? code,
    language: (code) => languages().of(code) ?? code,
  };
}

const cache = new Map<string, Formatters>();

/** Formatters for the current interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language || 'de';
  let formatters = cache.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale);
    cache.set(locale, formatters);
  }
  return formatters;
}
