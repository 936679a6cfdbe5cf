/* Holidays: dates from the config and all-day events from iCalendar
 * files (RFC 5545), kept as a sorted set of Julian day numbers.
 *
 * Of iCalendar this reads what holiday calendars use: VEVENTs whose
 * DTSTART is a DATE, lasting to DTEND (exclusive) or for a DURATION of
 * days or weeks, repeated by RRULE FREQ=YEARLY (INTERVAL, COUNT, UNTIL,
 * BYMONTH and BYMONTHDAY naming the start's own date), with RDATE and
 * EXDATE dates; cancelled events are left out. An event with a time of
 * day or a rule it cannot follow is reported (warning) and not guessed
 * at. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "diag.h"
#include "holiday.h"

#define ICS_MAX_SIZE (8u << 20)	/* a holiday calendar is a few KB */
#define MAX_SPAN_DAYS 366	/* one event or range */
#define MAX_YEARS 100		/* a yearly rule without an end */

struct holidays {
	GArray *days;		/* guint32 Julian days, sorted, unique */
};

static void
holidays_add(struct holidays *h, guint32 j)
{
	g_array_append_val(h->days, j);
}

/* "YYYYMMDD" (iCalendar) or "YYYY-MM-DD" (config) at s, of exactly n
 * bytes, into a Julian day; 0 when it is no valid date. */
static guint32
holiday_julian(const char *s, size_t n)
{
	int y, m, d;
	char buf[11];

	if (n == 8 && strspn(s, "0123456789") >= 8) {
		y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		    (s[2] - '0') * 10 + (s[3] - '0');
		m = (s[4] - '0') * 10 + (s[5] - '0');
		d = (s[6] - '0') * 10 + (s[7] - '0');
	} else if (n == 10 && s[4] == '-' && s[7] == '-') {
		memcpy(buf, s, 10);
		buf[10] = '\0';
		if (strspn(buf, "0123456789-") != 10 ||
		    sscanf(buf, "%4d-%2d-%2d", &y, &m, &d) != 3)
			return 0;
	} else
		return 0;
	if (y < 1 || !g_date_valid_dmy((GDateDay)d, (GDateMonth)m,
	    (GDateYear)y))
		return 0;
	GDate g;
	g_date_clear(&g, 1);
	g_date_set_dmy(&g, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return g_date_get_julian(&g);
}

/* --- iCalendar ------------------------------------------------------ */

/* One content line after unfolding, with where it started. */
struct ics_line {
	char *text;
	int line;
};

/* RFC 5545 3.1: a line starting with a blank continues the previous
 * one. CRLF or LF. */
static GArray *
ics_unfold(const char *text)
{
	GArray *out = g_array_new(FALSE, FALSE, sizeof(struct ics_line));
	GString *cur = NULL;
	int n = 0, start = 0;

	for (const char *p = text; *p != '\0';) {
		const char *e = strchr(p, '\n');
		size_t len = e != NULL ? (size_t)(e - p) : strlen(p);

		n++;
		if (len > 0 && p[len - 1] == '\r')
			len--;
		if ((*p == ' ' || *p == '\t') && cur != NULL)
			g_string_append_len(cur, p + 1, (gssize)len - 1);
		else {
			if (cur != NULL) {
				struct ics_line l = { g_string_free(cur, FALSE),
				    start };
				g_array_append_val(out, l);
			}
			cur = g_string_new_len(p, (gssize)len);
			start = n;
		}
		p = e != NULL ? e + 1 : p + strlen(p);
	}
	if (cur != NULL) {
		struct ics_line l = { g_string_free(cur, FALSE), start };
		g_array_append_val(out, l);
	}
	return out;
}

/* Splits "NAME;P=V;P2=\"a:b\":value": *name and *params (the text
 * between, may be ""), both in upper case (caller frees); returns the
 * value, or NULL when there is no ':'. */
static const char *
ics_split(const char *l, char **name, char **params)
{
	const char *p = l, *semi = NULL;
	int quoted = 0;

	for (; *p != '\0'; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && *p == ';' && semi == NULL)
			semi = p;
		else if (!quoted && *p == ':')
			break;
	}
	if (*p != ':')
		return NULL;
	*name = g_ascii_strup(l, (semi != NULL ? semi : p) - l);
	*params = semi != NULL ? g_ascii_strup(semi + 1, p - semi - 1) :
	    g_strdup("");
	return p + 1;
}

/* The event being read. */
struct ics_event {
	int line;		/* BEGIN:VEVENT */
	guint32 start;		/* 0: none yet */
	int timed;		/* DTSTART had a time of day */
	int start_line;
	guint32 end;		/* DTEND, exclusive; 0: none */
	int days;		/* from DURATION; 0: none */
	int cancelled;
	char *rrule;
	int rrule_line, rrule_col;
	GArray *extra;		/* RDATE days */
	GArray *except;		/* EXDATE days */
};

struct ics_ctx {
	const char *path;
	struct diag *d;
	struct holidays *h;
};

/* A list of dates ("20261225,20271225" or date-times, whose day counts)
 * into a; problems at line:col. */
static void
ics_dates(struct ics_ctx *x, const char *v, int line, int col, GArray *a)
{
	char **parts = g_strsplit(v, ",", -1);

	for (size_t i = 0; parts[i] != NULL; i++) {
		guint32 j = holiday_julian(parts[i], strlen(parts[i]) >= 8 ? 8 :
		    strlen(parts[i]));
		if (j == 0)
			diag_add(x->d, DIAG_ERROR, x->path, line, col, "bad "
			    "date \"%s\": iCalendar dates are YYYYMMDD",
			    parts[i]);
		else
			g_array_append_val(a, j);
	}
	g_strfreev(parts);
}

/* "P3D", "P1W" into days; -1 when it is not a whole number of days. */
static int
ics_duration_days(const char *v)
{
	char *end;
	long n;

	if (*v == '+')
		v++;
	if (*v++ != 'P')
		return -1;
	n = strtol(v, &end, 10);
	if (end == v || n <= 0 || n > MAX_SPAN_DAYS || end[1] != '\0')
		return -1;
	if (*end == 'D')
		return (int)n;
	if (*end == 'W' && n * 7 <= MAX_SPAN_DAYS)
		return (int)n * 7;
	return -1;
}

static int
ics_contains(GArray *a, guint32 j)
{
	for (guint i = 0; i < a->len; i++)
		if (g_array_index(a, guint32, i) == j)
			return 1;
	return 0;
}

/* Adds the days of one occurrence starting at j. */
static void
ics_occurrence(struct ics_ctx *x, struct ics_event *e, guint32 j, int span)
{
	if (ics_contains(e->except, j))
		return;
	for (int k = 0; k < span; k++)
		holidays_add(x->h, j + (guint32)k);
}

/* RRULE FREQ=YEARLY: the occurrences of the start's month and day. Any
 * other rule: a warning and the first occurrence only. */
static void
ics_yearly(struct ics_ctx *x, struct ics_event *e, int span)
{
	char **parts = g_strsplit(e->rrule, ";", -1);
	long interval = 1, count = -1;
	guint32 until = 0;
	GDate s;
	const char *bad = NULL;
	int yearly = 0;

	g_date_clear(&s, 1);
	g_date_set_julian(&s, e->start);
	for (size_t i = 0; parts[i] != NULL && bad == NULL; i++) {
		char *eq = strchr(parts[i], '=');
		const char *v;

		if (eq == NULL) {
			bad = parts[i];
			break;
		}
		*eq = '\0';
		v = eq + 1;
		if (g_ascii_strcasecmp(parts[i], "FREQ") == 0)
			yearly = g_ascii_strcasecmp(v, "YEARLY") == 0;
		else if (g_ascii_strcasecmp(parts[i], "INTERVAL") == 0)
			interval = strtol(v, NULL, 10);
		else if (g_ascii_strcasecmp(parts[i], "COUNT") == 0)
			count = strtol(v, NULL, 10);
		else if (g_ascii_strcasecmp(parts[i], "UNTIL") == 0)
			until = strlen(v) >= 8 ? holiday_julian(v, 8) : 0;
		else if (g_ascii_strcasecmp(parts[i], "BYMONTH") == 0) {
			if (strtol(v, NULL, 10) != g_date_get_month(&s))
				bad = "BYMONTH";
		} else if (g_ascii_strcasecmp(parts[i], "BYMONTHDAY") == 0) {
			if (strtol(v, NULL, 10) != g_date_get_day(&s))
				bad = "BYMONTHDAY";
		} else if (g_ascii_strcasecmp(parts[i], "WKST") != 0)
			bad = parts[i];
	}
	if (!yearly || interval < 1 || interval > MAX_YEARS || count == 0 ||
	    bad != NULL) {
		diag_add(x->d, DIAG_WARNING, x->path, e->rrule_line,
		    e->rrule_col, "repeating rule not followed (%s): only the "
		    "first date counts; write each date as an event, or a "
		    "yearly rule on the start's own month and day",
		    bad != NULL ? bad : !yearly ? "not FREQ=YEARLY" :
		    "bad INTERVAL or COUNT");
		ics_occurrence(x, e, e->start, span);
		g_strfreev(parts);
		return;
	}
	int y0 = g_date_get_year(&s), m = g_date_get_month(&s),
	    d = g_date_get_day(&s);
	long n = 0;
	for (int y = y0; y <= y0 + MAX_YEARS && y <= 9999 &&
	    (count < 0 || n < count); y += (int)interval) {
		GDate o;

		/* 29 February: only in leap years (RFC 5545 3.3.10). */
		if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m,
		    (GDateYear)y))
			continue;
		g_date_clear(&o, 1);
		g_date_set_dmy(&o, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
		if (until != 0 && g_date_get_julian(&o) > until)
			break;
		ics_occurrence(x, e, g_date_get_julian(&o), span);
		n++;
	}
	g_strfreev(parts);
}

static void
ics_event_end(struct ics_ctx *x, struct ics_event *e)
{
	int span = 1;

	if (e->cancelled)
		return;
	if (e->timed) {
		diag_add(x->d, DIAG_WARNING, x->path, e->start_line, 0,
		    "event with a time of day left out: holidays are all-day "
		    "events (DTSTART;VALUE=DATE:YYYYMMDD)");
		return;
	}
	if (e->start == 0) {
		diag_add(x->d, DIAG_ERROR, x->path, e->line, 1, "VEVENT "
		    "without DTSTART: give each holiday its date");
		return;
	}
	if (e->end != 0) {
		if (e->end <= e->start || e->end - e->start > MAX_SPAN_DAYS) {
			diag_add(x->d, DIAG_ERROR, x->path, e->start_line, 0,
			    "DTEND must be after DTSTART and within a year "
			    "(it is the first day after the holiday)");
			return;
		}
		span = (int)(e->end - e->start);
	} else if (e->days > 0)
		span = e->days;
	if (e->rrule != NULL)
		ics_yearly(x, e, span);
	else
		ics_occurrence(x, e, e->start, span);
	for (guint i = 0; i < e->extra->len; i++)
		ics_occurrence(x, e, g_array_index(e->extra, guint32, i), span);
}

static void
ics_event_reset(struct ics_event *e, int line)
{
	g_free(e->rrule);
	g_array_set_size(e->extra, 0);
	g_array_set_size(e->except, 0);
	GArray *extra = e->extra, *except = e->except;
	memset(e, 0, sizeof(*e));
	e->extra = extra;
	e->except = except;
	e->line = line;
}

/* One property of a VEVENT. */
static void
ics_property(struct ics_ctx *x, struct ics_event *e, const char *name,
    const char *params, const char *v, int line, int col)
{
	int is_date = strstr(params, "VALUE=DATE") != NULL &&
	    strstr(params, "VALUE=DATE-TIME") == NULL;

	if (strcmp(name, "DTSTART") == 0) {
		e->start_line = line;
		if (strchr(v, 'T') != NULL && !is_date) {
			e->timed = 1;
			return;
		}
		if (strlen(v) != 8 || (e->start = holiday_julian(v, 8)) == 0)
			diag_add(x->d, DIAG_ERROR, x->path, line, col, "bad "
			    "DTSTART \"%s\": write DTSTART;VALUE=DATE:YYYYMMDD",
			    v);
	} else if (strcmp(name, "DTEND") == 0) {
		if (strchr(v, 'T') != NULL && !is_date)
			return;		/* a timed event: DTSTART says so */
		if (strlen(v) != 8 || (e->end = holiday_julian(v, 8)) == 0)
			diag_add(x->d, DIAG_ERROR, x->path, line, col, "bad "
			    "DTEND \"%s\": write DTEND;VALUE=DATE:YYYYMMDD", v);
	} else if (strcmp(name, "DURATION") == 0) {
		if ((e->days = ics_duration_days(v)) < 0)
			diag_add(x->d, DIAG_ERROR, x->path, line, col, "bad "
			    "DURATION \"%s\": an all-day event lasts whole "
			    "days, e.g. P1D or P1W", v);
	} else if (strcmp(name, "RRULE") == 0) {
		g_free(e->rrule);
		e->rrule = g_strdup(v);
		e->rrule_line = line;
		e->rrule_col = col;
	} else if (strcmp(name, "RDATE") == 0)
		ics_dates(x, v, line, col, e->extra);
	else if (strcmp(name, "EXDATE") == 0)
		ics_dates(x, v, line, col, e->except);
	else if (strcmp(name, "STATUS") == 0)
		e->cancelled = g_ascii_strcasecmp(v, "CANCELLED") == 0;
}

static void
holidays_read_ics(struct holidays *h, const char *path, struct diag *d)
{
	struct ics_ctx x = { path, d, h };
	struct ics_event e = { 0 };
	char *text = NULL;
	GError *err = NULL;
	GStatBuf st;
	GArray *lines;
	int depth = 0, event_depth = 0, calendar = 0;

	if (g_stat(path, &st) == 0 && (guint64)st.st_size > ICS_MAX_SIZE) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "calendar larger than "
		    "%u MB: export only the holidays", ICS_MAX_SIZE >> 20);
		return;
	}
	if (!g_file_get_contents(path, &text, NULL, &err)) {
		diag_add(d, DIAG_ERROR, path, 0, 0, "%s: give the path of an "
		    "iCalendar (.ics) file", err->message);
		g_error_free(err);
		return;
	}
	e.extra = g_array_new(FALSE, FALSE, sizeof(guint32));
	e.except = g_array_new(FALSE, FALSE, sizeof(guint32));
	lines = ics_unfold(text);
	for (guint i = 0; i < lines->len; i++) {
		struct ics_line *l = &g_array_index(lines, struct ics_line, i);
		char *name = NULL, *params = NULL;
		const char *v;

		if (*l->text == '\0')
			continue;
		if ((v = ics_split(l->text, &name, &params)) == NULL) {
			diag_add(d, DIAG_ERROR, path, l->line, 1, "not an "
			    "iCalendar line (NAME:value expected)");
			continue;
		}
		if (strcmp(name, "BEGIN") == 0) {
			depth++;
			if (g_ascii_strcasecmp(v, "VCALENDAR") == 0)
				calendar = 1;
			else if (g_ascii_strcasecmp(v, "VEVENT") == 0 &&
			    event_depth == 0) {
				event_depth = depth;
				ics_event_reset(&e, l->line);
			}
		} else if (strcmp(name, "END") == 0) {
			if (depth == event_depth && event_depth > 0) {
				if (g_ascii_strcasecmp(v, "VEVENT") == 0)
					ics_event_end(&x, &e);
				else
					diag_add(d, DIAG_ERROR, path, e.line, 1,
					    "VEVENT without END:VEVENT");
				event_depth = 0;
			}
			if (depth > 0)
				depth--;
		} else if (event_depth > 0 && depth == event_depth)
			ics_property(&x, &e, name, params, v, l->line,
			    (int)(v - l->text) + 1);
		g_free(name);
		g_free(params);
	}
	if (!calendar)
		diag_add(d, DIAG_ERROR, path, 1, 1, "no BEGIN:VCALENDAR: not "
		    "an iCalendar file");
	else if (event_depth > 0)
		diag_add(d, DIAG_ERROR, path, e.line, 1, "VEVENT without "
		    "END:VEVENT");
	for (guint i = 0; i < lines->len; i++)
		g_free(g_array_index(lines, struct ics_line, i).text);
	g_array_free(lines, TRUE);
	ics_event_reset(&e, 0);
	g_array_free(e.extra, TRUE);
	g_array_free(e.except, TRUE);
	g_free(text);
}

/* --- the config list ------------------------------------------------ */

static gint
holiday_cmp(gconstpointer a, gconstpointer b)
{
	guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

	return x < y ? -1 : x > y;
}

static int
holiday_is_date(const char *s, size_t n)
{
	return n == 10 && strspn(s, "0123456789-") >= 10;
}

int
holidays_parse(const char *spec, const char *conf_path, int line, int col,
    struct diag *d, struct holidays **out)
{
	struct holidays *h = g_new0(struct holidays, 1);
	size_t before = diag_count(d, DIAG_ERROR);
	char **items = g_strsplit(spec, ",", -1);
	char *dir = conf_path != NULL ? g_path_get_dirname(conf_path) :
	    g_get_current_dir();

	*out = NULL;
	h->days = g_array_new(FALSE, FALSE, sizeof(guint32));
	for (size_t i = 0, off = 0; items[i] != NULL;
	    off += strlen(items[i]) + 1, i++) {
		char *raw = items[i], *it = g_strstrip(g_strdup(raw));
		const char *dots = strstr(it, "..");
		int icol = col > 0 ? col + (int)off +
		    (int)(strspn(raw, " \t")) : 0;
		size_t n = strlen(it);
		guint32 a, b;

		if (n == 0) {
			g_free(it);
			continue;
		}
		if (g_str_has_suffix(it, ".ics") || strchr(it, '/') != NULL) {
			char *p = g_path_is_absolute(it) ? g_strdup(it) :
			    g_build_filename(dir, it, NULL);
			holidays_read_ics(h, p, d);
			g_free(p);
		} else if (holiday_is_date(it, n) &&
		    (a = holiday_julian(it, n)) != 0) {
			holidays_add(h, a);
		} else if (dots != NULL && holiday_is_date(it,
		    (size_t)(dots - it)) && holiday_is_date(dots + 2,
		    strlen(dots + 2)) && (a = holiday_julian(it, 10)) != 0 &&
		    (b = holiday_julian(dots + 2, 10)) != 0 && a <= b &&
		    b - a < MAX_SPAN_DAYS) {
			for (guint32 j = a; j <= b; j++)
				holidays_add(h, j);
		} else
			diag_add(d, DIAG_ERROR, conf_path, line, icol, "[sla] "
			    "holidays: bad entry \"%s\": write a date "
			    "2026-12-24, a range 2026-12-24..2026-12-31 (at "
			    "most a year) or the path of an .ics file", it);
		g_free(it);
	}
	g_strfreev(items);
	g_free(dir);
	if (diag_count(d, DIAG_ERROR) > before) {
		holidays_free(&h);
		return -1;
	}
	g_array_sort(h->days, holiday_cmp);
	guint w = 0;
	for (guint r = 0; r < h->days->len; r++)
		if (w == 0 || g_array_index(h->days, guint32, r) !=
		    g_array_index(h->days, guint32, w - 1))
			g_array_index(h->days, guint32, w++) =
			    g_array_index(h->days, guint32, r);
	g_array_set_size(h->days, w);
	if (w == 0)
		holidays_free(&h);
	*out = h;
	return 0;
}

int
holidays_has(const struct holidays *h, int year, int month, int day)
{
	GDate g;
	guint32 j;
	guint lo = 0, hi;

	if (h == NULL || !g_date_valid_dmy((GDateDay)day, (GDateMonth)month,
	    (GDateYear)year))
		return 0;
	g_date_clear(&g, 1);
	g_date_set_dmy(&g, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
	j = g_date_get_julian(&g);
	hi = h->days->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		guint32 v = g_array_index(h->days, guint32, mid);

		if (v == j)
			return 1;
		if (v < j)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

unsigned
holidays_count(const struct holidays *h)
{
	return h != NULL ? h->days->len : 0;
}

char *
holidays_summary(const struct holidays *h)
{
	GDate a, b;
	char sa[16], sb[16];

	if (h == NULL || h->days->len == 0)
		return g_strdup("none");
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	g_date_set_julian(&a, g_array_index(h->days, guint32, 0));
	g_date_set_julian(&b, g_array_index(h->days, guint32,
	    h->days->len - 1));
	g_date_strftime(sa, sizeof(sa), "%Y-%m-%d", &a);
	g_date_strftime(sb, sizeof(sb), "%Y-%m-%d", &b);
	return g_strdup_printf("%u day%s from %s to %s", h->days->len,
	    h->days->len == 1 ? "" : "s", sa, sb);
}

void
holidays_free(struct holidays **hp)
{
	if (hp == NULL || *hp == NULL)
		return;
	g_array_free((*hp)->days, TRUE);
	g_free(*hp);
	*hp = NULL;
}
