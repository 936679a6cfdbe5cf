/* The report as aligned tables for a terminal, and what the formats
 * share: format names and the period as text. */
#include <stdarg.h>
#include <string.h>

#include <glib.h>

#include "report-data.h"
#include "report-format.h"

static const char *const report_format_names[] = {
	[REPORT_TEXT] = "text",
	[REPORT_CSV] = "csv",
	[REPORT_JSON] = "json",
	[REPORT_HTML] = "html",
};

int
report_format_parse(const char *name)
{
	for (size_t i = 0; i < G_N_ELEMENTS(report_format_names); i++)
		if (name != NULL && strcmp(name, report_format_names[i]) == 0)
			return (int)i;
	return -1;
}

static void
report_time_text(GString *s, time_t t)
{
	char buf[32];
	struct tm tm;

	localtime_r(&t, &tm);
	strftime(buf, sizeof(buf), tm.tm_hour == 0 && tm.tm_min == 0 ?
	    "%Y-%m-%d" : "%Y-%m-%d %H:%M", &tm);
	g_string_append(s, buf);
}

char *
report_period_text(const struct report *r)
{
	GString *s = g_string_new(NULL);

	if (r->since != 0)
		report_time_text(s, r->since);
	else
		g_string_append(s, "the beginning");
	g_string_append(s, " to ");
	if (r->until != 0) {
		g_string_append(s, "before ");
		report_time_text(s, r->until);
	} else
		g_string_append(s, "now");
	return g_string_free(s, FALSE);
}

/* A table: rows of cells, the first row the header. */
struct text_table {
	GPtrArray *rows;	/* GPtrArray of char * */
	guint ncols;
};

static void
text_row(struct text_table *t, ...)
{
	GPtrArray *row = g_ptr_array_new_with_free_func(g_free);
	const char *cell;
	va_list ap;

	va_start(ap, t);
	while ((cell = va_arg(ap, const char *)) != NULL)
		g_ptr_array_add(row, g_strdup(cell));
	va_end(ap);
	if (row->len > t->ncols)
		t->ncols = row->len;
	g_ptr_array_add(t->rows, row);
}

/* One line per cell value: no control characters from mail. */
static void
text_cell(GString *out, const char *s, long width, int right)
{
	long n = g_utf8_strlen(s, -1);

	for (; right && n < width; n++)
		g_string_append_c(out, ' ');
	for (const char *p = s; *p != '\0'; p++)
		g_string_append_c(out, (unsigned char)*p < 0x20 ? ' ' : *p);
	for (; !right && n < width; n++)
		g_string_append_c(out, ' ');
}

/* Prints t under title and empties it; align has 'l' or 'r' per column
 * (missing: 'r', for numbers). */
static void
text_flush(GString *out, const char *title, struct text_table *t,
    const char *align)
{
	size_t nalign = strlen(align);

	long *w = g_new0(long, t->ncols + 1);

	g_string_append_printf(out, "\n%s\n", title);
	for (guint i = 0; i < t->rows->len; i++) {
		GPtrArray *row = g_ptr_array_index(t->rows, i);
		for (guint c = 0; c < row->len; c++) {
			long n = g_utf8_strlen(g_ptr_array_index(row, c), -1);
			if (n > w[c])
				w[c] = n;
		}
	}
	if (t->rows->len <= 1)
		g_string_append(out, "  (none)\n");
	for (guint i = 0; t->rows->len > 1 && i < t->rows->len; i++) {
		GPtrArray *row = g_ptr_array_index(t->rows, i);
		GString *line = g_string_new("  ");
		for (guint c = 0; c < row->len; c++) {
			if (c > 0)
				g_string_append(line, "  ");
			int right = c >= nalign || align[c] == 'r';
			text_cell(line, g_ptr_array_index(row, c),
			    c + 1 == row->len && !right ? 0 : w[c], right);
		}
		while (line->len > 0 && line->str[line->len - 1] == ' ')
			g_string_truncate(line, line->len - 1);
		g_string_append_printf(out, "%s\n", line->str);
		g_string_free(line, TRUE);
	}
	g_ptr_array_free(t->rows, TRUE);
	t->rows = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)g_ptr_array_unref);
	t->ncols = 0;
	g_free(w);
}

#define NUM(buf, v) (g_snprintf(buf, sizeof(buf), "%lld", (long long)(v)), \
	buf)

static const char *
text_pct(char *buf, size_t size, double pct)
{
	if (pct < 0)
		return "-";
	g_snprintf(buf, size, "%.1f%%", pct);
	return buf;
}

/* One attainment table by level: what counts is the first column's. */
static void
text_sla_levels(GString *out, struct text_table *t, const char *what,
    const struct report_sla *s, const char *title)
{
	char a[24], b[24], c[24], d[24], e[24], p[24];

	text_row(t, "priority", what, "in time", "late", "overdue",
	    "pending", "attainment", NULL);
	for (int i = 0; i <= LEVEL_COUNT; i++)
		text_row(t, i == REPORT_ALL ? "all" : mt_level_name(i),
		    NUM(a, s[i].tickets), NUM(b, s[i].in_time),
		    NUM(c, s[i].late), NUM(d, s[i].overdue),
		    NUM(e, s[i].pending), text_pct(p, sizeof(p),
		    report_sla_attainment(&s[i])), NULL);
	text_flush(out, title, t, "l");
}

static void
text_sla(GString *out, const struct report *r, struct text_table *t)
{
	char a[24], b[24], c[24], d[24], e[24], p[24];

	text_sla_levels(out, t, "tickets", r->sla, "SLA ATTAINMENT  (first "
	    "response: in time / (answered + overdue); pending = not yet "
	    "due)");
	if (r->reply[REPORT_ALL].tickets > 0)
		text_sla_levels(out, t, "replies", r->reply, "NEXT REPLY  "
		    "(the customer wrote again after an answer: answered by "
		    "the level's reply_hours)");
	if (r->resolve[REPORT_ALL].tickets > 0)
		text_sla_levels(out, t, "tickets", r->resolve, "RESOLUTION  "
		    "(resolved by the level's resolve_hours; time waiting on "
		    "the customer not counted)");
	if (r->nteams == 0)
		return;
	text_row(t, "team", "tickets", "in time", "late", "overdue",
	    "pending", "attainment", NULL);
	for (size_t i = 0; i < r->nteams; i++) {
		const struct report_sla *s = &r->teams[i].sla;
		text_row(t, r->teams[i].folder, NUM(a, s->tickets),
		    NUM(b, s->in_time), NUM(c, s->late), NUM(d, s->overdue),
		    NUM(e, s->pending), text_pct(p, sizeof(p),
		    report_sla_attainment(s)), NULL);
	}
	text_flush(out, "TEAMS  (tickets whose newest message is in the "
	    "team's folder)", t, "l");
}

static void
text_resp(GString *out, const struct report *r, struct text_table *t)
{
	char a[24], m[32], p[32];

	text_row(t, "priority", "answered", "median", "p90", NULL);
	for (int i = 0; i <= LEVEL_COUNT; i++) {
		text_row(t, i == REPORT_ALL ? "all" : mt_level_name(i),
		    NUM(a, r->nresp[i]),
		    report_duration(report_percentile(r->resp[i], r->nresp[i],
		    50), m, sizeof(m)),
		    report_duration(report_percentile(r->resp[i], r->nresp[i],
		    90), p, sizeof(p)), NULL);
	}
	text_flush(out, "TIME TO FIRST RESPONSE  (nearest-rank percentiles)",
	    t, "l");
}

void
report_text(GString *out, const struct report *r)
{
	struct text_table t = { g_ptr_array_new_with_free_func(
	    (GDestroyNotify)g_ptr_array_unref), 0 };
	char *period = report_period_text(r);
	char a[24], b[24], c[24], d[24], e[24], day[16], now[32];
	struct tm tm;

	localtime_r(&r->now, &tm);
	strftime(now, sizeof(now), "%Y-%m-%d %H:%M", &tm);
	g_string_append_printf(out, "mailtriage report: %s (as of %s)\n",
	    period, now);
	g_string_append_printf(out, "messages %lld, tickets %lld, "
	    "escalations %lld%s\n", r->messages, r->tickets, r->escalations,
	    r->escalations_tracked ? "" : " (not tracked in this ledger)");
	if (r->incidents > 0)
		g_string_append_printf(out, "incidents %lld (%lld tickets, %lld "
		    "still open), recognised after %s, lasted %s (medians)\n",
		    r->incidents, r->incident_tickets, r->incidents_open,
		    report_duration(r->incident_recognised, d, sizeof(d)),
		    report_duration(r->incident_lasted, e, sizeof(e)));
	g_free(period);

	text_row(&t, "priority", "messages", NULL);
	for (int i = 0; i < LEVEL_COUNT; i++)
		text_row(&t, mt_level_name(i), NUM(a, r->by_priority[i]), NULL);
	if (r->by_priority[LEVEL_COUNT] > 0)
		text_row(&t, "other", NUM(a, r->by_priority[LEVEL_COUNT]),
		    NULL);
	text_flush(out, "MESSAGES BY PRIORITY", &t, "l");

	text_row(&t, "signal", "messages", NULL);
	for (int i = 0; i <= SIG_COUNT; i++)
		text_row(&t, i == REPORT_NONE ? "none" : mt_signal_name(i),
		    NUM(a, r->by_signal[i]), NULL);
	text_flush(out, "MESSAGES BY SIGNAL  (a message with two signals "
	    "counts for both)", &t, "l");

	text_row(&t, "day", "critical", "high", "medium", "low", "total",
	    NULL);
	for (size_t i = 0; i < r->ndays; i++) {
		const long long *n = r->days[i].n;
		text_row(&t, r->days[i].day, NUM(a, n[0]), NUM(b, n[1]),
		    NUM(c, n[2]), NUM(d, n[3]),
		    NUM(e, n[0] + n[1] + n[2] + n[3]), NULL);
	}
	text_flush(out, "MESSAGES PER DAY", &t, "l");

	text_sla(out, r, &t);
	text_resp(out, r, &t);

	text_row(&t, "ticket", "priority", "due", "from", "subject", NULL);
	for (size_t i = 0; i < r->noverdue; i++) {
		const struct report_ticket *o = &r->overdue[i];
		localtime_r(&o->sla_due, &tm);
		strftime(day, sizeof(day), "%m-%d %H:%M", &tm);
		g_snprintf(a, sizeof(a), "#%lld", o->id);
		text_row(&t, a, o->level < LEVEL_COUNT ?
		    mt_level_name(o->level) : "?", day, o->from_addr,
		    o->subject, NULL);
	}
	g_snprintf(e, sizeof(e), "%lld", r->noverdue_total);
	{
		char *title = g_strdup_printf("OVERDUE, NOT ANSWERED  (%s, "
		    "oldest due first)", e);
		text_flush(out, title, &t, "rllll");
		g_free(title);
	}

	text_row(&t, "rule", "hits", "", NULL);
	for (size_t i = 0; i < r->nrules; i++) {
		const struct report_rule *ru = &r->rules[i];
		text_row(&t, ru->id, NUM(b, ru->hits), ru->hits == 0 ?
		    "never fired" : !ru->loaded ? "not in the filters now" : "",
		    NULL);
	}
	text_flush(out, "RULE HITS", &t, "lrl");

	text_row(&t, "sender", "messages", NULL);
	for (size_t i = 0; i < r->nsenders; i++)
		text_row(&t, r->senders[i].key, NUM(a, r->senders[i].n), NULL);
	text_flush(out, "TOP REPEAT SENDERS  (2 or more messages)", &t, "l");

	text_row(&t, "domain", "messages", NULL);
	for (size_t i = 0; i < r->ndomains; i++)
		text_row(&t, r->domains[i].key, NUM(a, r->domains[i].n), NULL);
	text_flush(out, "TOP DOMAINS", &t, "l");

	g_snprintf(b, sizeof(b), "%lld", r->corrected_up);
	g_snprintf(c, sizeof(c), "%lld", r->corrected_down);
	text_row(&t, "corrections", NUM(a, r->corrections), NULL);
	text_row(&t, "raised", b, NULL);
	text_row(&t, "lowered", c, NULL);
	for (int i = 0; i <= SIG_COUNT; i++)
		if (r->corrected_signal[i] > 0)
			text_row(&t, i == REPORT_NONE ? "signal none" :
			    mt_signal_name(i), NUM(d, r->corrected_signal[i]),
			    NULL);
	for (size_t i = 0; i < r->ncorrected_rules; i++)
		text_row(&t, r->corrected_rules[i].key,
		    NUM(e, r->corrected_rules[i].n), NULL);
	text_flush(out, "CORRECTIONS BY AGENTS  (levels moved by hand: "
	    "signals and rules that had set them)", &t, "l");

	text_row(&t, "kind", "messages", NULL);
	for (int k = 1; k < AUTO_COUNT; k++)
		text_row(&t, auto_kind_name(k), NUM(a, r->auto_n[k]), NULL);
	text_row(&t, "total", NUM(a, r->auto_n[AUTO_NONE]), NULL);
	text_flush(out, "AUTOMATIC MAIL  (no tickets)", &t, "l");

	text_row(&t, "address", "bounces", "last", "status", NULL);
	for (size_t i = 0; i < r->nbounced; i++) {
		const struct report_bounce *bo = &r->bounced[i];
		localtime_r(&bo->last, &tm);
		strftime(day, sizeof(day), "%m-%d %H:%M", &tm);
		text_row(&t, bo->address, NUM(a, bo->bounces), day,
		    bo->status != NULL ? bo->status : "", NULL);
	}
	text_flush(out, "UNDELIVERABLE ADDRESSES  (our mail bounced)", &t,
	    "lrll");
	g_ptr_array_free(t.rows, TRUE);
}
