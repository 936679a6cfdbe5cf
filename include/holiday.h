/* Holidays of the business-hours schedule: days on which the support
 * desk is closed all day, from dates written in the config and from
 * iCalendar files (RFC 5545 all-day VEVENTs, also yearly ones). */
#ifndef HOLIDAY_H
#define HOLIDAY_H

struct diag;
struct holidays;

/* Parses spec, a list of items separated by commas: a date
 * (2026-12-24), a range of dates (2026-12-24..2026-12-31) or the path of
 * an .ics file (relative paths from the directory of conf_path). Every
 * problem goes to d, at conf_path:line:col for the list and at the
 * file's own line and column for a calendar. Returns 0 and *out (NULL
 * for an empty list), or -1. */
int holidays_parse(const char *spec, const char *conf_path, int line, int col,
    struct diag *d, struct holidays **out);

/* Is year-month-day (month 1-12) a holiday? h may be NULL. */
int holidays_has(const struct holidays *h, int year, int month, int day);

/* How many days the set holds. */
unsigned holidays_count(const struct holidays *h);

/* "203 days from 2025-12-25 to 2125-12-26" (for check); "none" for an
 * empty set. Caller frees (g_free). */
char *holidays_summary(const struct holidays *h);

void holidays_free(struct holidays **h);	/* NULL-safe */

#endif
