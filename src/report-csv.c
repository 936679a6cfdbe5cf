/* The report as CSV (RFC 4180: CRLF, fields with a comma, quote or line
 * break quoted, quotes doubled). One section per table: a line with the
 * section's name, the header line, the rows, then an empty line. */
#include <string.h>

#include <glib.h>

#include "report-data.h"
#include "report-format.h"

static void csv_field_plain(GString *out, const char *s);

/* A number as we print them: an optional sign, digits, one '.'. */
static int
csv_is_number(const char *s)
{
	int digits = 0, dots = 0;

	if (*s == '-' || *s == '+')
		s++;
	for (; *s != '\0'; s++) {
		if (g_ascii_isdigit(*s))
			digits++;
		else if (*s == '.' && dots++ == 0)
			continue;
		else
			return 0;
	}
	return digits > 0;
}

static void
csv_field(GString *out, const char *s, int first)
{
	if (!first)
		g_string_append_c(out, ',');
	/* A spreadsheet takes a cell starting with = + - @ (or a tab or
	 * CR before one) as a formula: a subject or sender from outside
	 * must stay text (OWASP "CSV injection"), so it gets a leading
	 * apostrophe. Numbers we wrote ourselves ("-1.5") stay numbers. */
	if (strchr("=+-@\t\r", *s) != NULL && *s != '\0' &&
	    !csv_is_number(s)) {
		GString *q = g_string_new("'");

		g_string_append(q, s);
		csv_field_plain(out, q->str);
		g_string_free(q, TRUE);
		return;
	}
	csv_field_plain(out, s);
}

static void
csv_field_plain(GString *out, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		g_string_append(out, s);
		return;
	}
	g_string_append_c(out, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			g_string_append_c(out, '"');
		g_string_append_c(out, *s);
	}
	g_string_append_c(out, '"');
}

/* One record: f is NULL-terminated. */
static void
csv_row(GString *out, const char *const *f)
{
	for (size_t i = 0; f[i] != NULL; i++)
		csv_field(out, f[i], i == 0);
	g_string_append(out, "\r\n");
}

#define ROW(...) csv_row(out, (const char *const[]){ __VA_ARGS__, NULL })
#define NUM(buf, v) (g_snprintf(buf, sizeof(buf), "%lld", (long long)(v)), \
	buf)

static void
csv_section(GString *out, const char *name)
{
	if (out->len > 0)
		g_string_append(out, "\r\n");
	ROW(name);
}

static const char *
csv_pct(char *buf, size_t size, double pct)
{
	if (pct < 0)
		return "";
	g_snprintf(buf, size, "%.2f", pct);
	return buf;
}

static void
csv_tables(GString *out, const struct report *r)
{
	char a[24], b[24], c[24], d[24], e[24], f[24], g[24];

	static const char *const sect[] = { "sla", "next_reply",
	    "resolution" };
	const struct report_sla *tab[] = { r->sla, r->reply, r->resolve };

	for (size_t k = 0; k < G_N_ELEMENTS(tab); k++) {
		csv_section(out, sect[k]);
		ROW("priority", "tickets", k == 2 ? "resolved" : "answered",
		    "in_time", "late", "overdue", "pending", "attainment_pct");
		for (int i = 0; i <= LEVEL_COUNT; i++) {
			const struct report_sla *s = &tab[k][i];
			ROW(i == REPORT_ALL ? "all" : mt_level_name(i),
			    NUM(a, s->tickets), NUM(b, s->answered),
			    NUM(c, s->in_time), NUM(d, s->late),
			    NUM(e, s->overdue), NUM(f, s->pending),
			    csv_pct(g, sizeof(g), report_sla_attainment(s)));
		}
	}
	for (size_t i = 0; i < r->nteams; i++) {
		const struct report_sla *s = &r->teams[i].sla;

		if (i == 0) {
			csv_section(out, "teams");
			ROW("team", "tickets", "answered", "in_time", "late",
			    "overdue", "pending", "attainment_pct");
		}
		ROW(r->teams[i].folder, NUM(a, s->tickets),
		    NUM(b, s->answered), NUM(c, s->in_time), NUM(d, s->late),
		    NUM(e, s->overdue), NUM(f, s->pending),
		    csv_pct(g, sizeof(g), report_sla_attainment(s)));
	}
	csv_section(out, "response_time");
	ROW("priority", "answered", "median_seconds", "p90_seconds", "median",
	    "p90");
	for (int i = 0; i <= LEVEL_COUNT; i++) {
		long long m = report_percentile(r->resp[i], r->nresp[i], 50);
		long long p = report_percentile(r->resp[i], r->nresp[i], 90);
		ROW(i == REPORT_ALL ? "all" : mt_level_name(i),
		    NUM(a, r->nresp[i]), m < 0 ? "" : NUM(b, m),
		    p < 0 ? "" : NUM(c, p), m < 0 ? "" :
		    report_duration(m, e, sizeof(e)), p < 0 ? "" :
		    report_duration(p, f, sizeof(f)));
	}
	csv_section(out, "response_histogram");
	ROW("bucket", "critical", "high", "medium", "low");
	for (size_t k = 0; k < REPORT_HIST_BINS; k++)
		ROW(report_hist_label(k), NUM(a, r->hist[0][k]),
		    NUM(b, r->hist[1][k]), NUM(c, r->hist[2][k]),
		    NUM(d, r->hist[3][k]));
	csv_section(out, "overdue");
	ROW("ticket", "priority", "created", "sla_due", "from", "subject");
	for (size_t i = 0; i < r->noverdue; i++) {
		const struct report_ticket *o = &r->overdue[i];
		ROW(NUM(a, o->id), o->level < LEVEL_COUNT ?
		    mt_level_name(o->level) : "", NUM(b, o->created),
		    NUM(c, o->sla_due), o->from_addr, o->subject);
	}
	csv_section(out, "rules");
	ROW("rule", "hits", "status");
	for (size_t i = 0; i < r->nrules; i++)
		ROW(r->rules[i].id, NUM(a, r->rules[i].hits),
		    r->rules[i].hits == 0 ? "never fired" :
		    r->rules[i].loaded ? "fired" : "not loaded");
	csv_section(out, "top_senders");
	ROW("sender", "messages");
	for (size_t i = 0; i < r->nsenders; i++)
		ROW(r->senders[i].key, NUM(a, r->senders[i].n));
	csv_section(out, "top_domains");
	ROW("domain", "messages");
	for (size_t i = 0; i < r->ndomains; i++)
		ROW(r->domains[i].key, NUM(a, r->domains[i].n));
	csv_section(out, "corrections");
	ROW("what", "count");
	ROW("total", NUM(a, r->corrections));
	ROW("raised", NUM(b, r->corrected_up));
	ROW("lowered", NUM(c, r->corrected_down));
	for (int i = 0; i <= SIG_COUNT; i++)
		ROW(i == REPORT_NONE ? "signal:none" : mt_signal_name(i),
		    NUM(a, r->corrected_signal[i]));
	for (size_t i = 0; i < r->ncorrected_rules; i++)
		ROW(r->corrected_rules[i].key, NUM(a,
		    r->corrected_rules[i].n));
	csv_section(out, "automatic");
	ROW("kind", "messages");
	for (int k = 1; k < AUTO_COUNT; k++)
		ROW(auto_kind_name(k), NUM(a, r->auto_n[k]));
	csv_section(out, "undeliverable");
	ROW("address", "bounces", "first", "last", "status");
	for (size_t i = 0; i < r->nbounced; i++) {
		ROW(r->bounced[i].address, NUM(a, r->bounced[i].bounces),
		    NUM(b, r->bounced[i].first), NUM(c, r->bounced[i].last),
		    r->bounced[i].status != NULL ? r->bounced[i].status : "");
	}
}

void
report_csv(GString *out, const struct report *r)
{
	char a[24], b[24], c[24], d[24], e[24];

	csv_section(out, "summary");
	ROW("key", "value");
	ROW("since", r->since != 0 ? NUM(a, r->since) : "");
	ROW("until", r->until != 0 ? NUM(a, r->until) : "");
	ROW("now", NUM(a, r->now));
	ROW("messages", NUM(a, r->messages));
	ROW("tickets", NUM(a, r->tickets));
	ROW("escalations", NUM(a, r->escalations));
	ROW("escalations_tracked", r->escalations_tracked ? "1" : "0");
	ROW("incidents", NUM(a, r->incidents));
	ROW("incident_tickets", NUM(a, r->incident_tickets));
	ROW("incidents_open", NUM(a, r->incidents_open));
	ROW("incident_recognised_median_s", r->incident_recognised < 0 ? "" :
	    NUM(a, r->incident_recognised));
	ROW("incident_lasted_median_s", r->incident_lasted < 0 ? "" :
	    NUM(a, r->incident_lasted));
	csv_section(out, "by_priority");
	ROW("priority", "messages");
	for (int i = 0; i < LEVEL_COUNT; i++)
		ROW(mt_level_name(i), NUM(a, r->by_priority[i]));
	csv_section(out, "by_signal");
	ROW("signal", "messages");
	for (int i = 0; i <= SIG_COUNT; i++)
		ROW(i == REPORT_NONE ? "none" : mt_signal_name(i),
		    NUM(a, r->by_signal[i]));
	csv_section(out, "per_day");
	ROW("day", "critical", "high", "medium", "low", "total");
	for (size_t i = 0; i < r->ndays; i++) {
		const long long *n = r->days[i].n;
		ROW(r->days[i].day, NUM(a, n[0]), NUM(b, n[1]), NUM(c, n[2]),
		    NUM(d, n[3]), NUM(e, n[0] + n[1] + n[2] + n[3]));
	}
	csv_tables(out, r);
}
