/** Dates as the site writes them: ISO for machines (datetime, JSON-LD, meta), long English for readers. */

/** "2026-11-25" */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** "November 25, 2026" */
export const formatDate = (date: Date) => longDate.format(date);
