/* Alerts (alert.h): the digests, a route's summary of a day or a week
 * ([alert NAME] digest): the report of the period and the oldest open
 * tickets, queued once per period like any alert. */
#include <glib.h>

#include "alert-int.h"
#include "alert.h"
#include "conf.h"
#include "json.h"
#include "ledger-alert.h"
#include "ledger.h"
#include "mt.h"
#include "report-data.h"

/* The latest time a digest of route r was due at or before now: its
 * digest_at today (or yesterday), on a Monday for weekly ones. */
static time_t
alert_digest_due(const struct conf *c, const struct conf_alert *r, time_t now)
{
	GTimeZone *tz = c->timezone != NULL && *c->timezone != '\0' ?
	    g_time_zone_new_identifier(c->timezone) : NULL;
	GDateTime *t, *loc, *day, *at;
	time_t due;

	if (tz == NULL)
		tz = g_time_zone_new_local();
	t = g_date_time_new_from_unix_utc(now);
	loc = g_date_time_to_timezone(t, tz);
	day = g_date_time_new(tz, g_date_time_get_year(loc),
	    g_date_time_get_month(loc), g_date_time_get_day_of_month(loc), 0,
	    0, 0);
	if (r->digest == 7) {		/* back to Monday */
		GDateTime *mon = g_date_time_add_days(day, 1 -
		    g_date_time_get_day_of_week(day));
		g_date_time_unref(day);
		day = mon;
	}
	at = g_date_time_add_minutes(day, r->digest_at);
	due = (time_t)g_date_time_to_unix(at);
	if (due > now) {
		GDateTime *earlier = g_date_time_add_days(at, -r->digest);
		due = (time_t)g_date_time_to_unix(earlier);
		g_date_time_unref(earlier);
	}
	g_date_time_unref(at);
	g_date_time_unref(day);
	g_date_time_unref(loc);
	g_date_time_unref(t);
	g_time_zone_unref(tz);
	return due;
}

struct alert_oldest {
	GArray *t;		/* the open tickets: id, created, level */
	GPtrArray *keep;
};

struct alert_open {
	long long id;
	time_t created;
	enum mt_level level;
	const char *subject;
};

static int
alert_open_one(const struct ledger_open_ticket *o, void *arg)
{
	struct alert_oldest *x = arg;
	struct alert_open a = { o->id, o->created, o->priority,
	    alert_keep(x->keep, o->subject != NULL ? o->subject : "") };

	g_array_append_val(x->t, a);
	return 0;
}

static gint
alert_open_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct alert_open *a = pa, *b = pb;

	return a->created < b->created ? -1 : a->created > b->created;
}

/* The digest of route r for [since, until). */
static int
alert_digest(const struct conf *c, struct ledger *l,
    const struct conf_alert *r, time_t since, time_t until, time_t now,
    const char *dedup, char **err)
{
	struct alert_oldest x = { g_array_new(FALSE, FALSE,
	    sizeof(struct alert_open)), g_ptr_array_new_with_free_func(g_free) };
	struct report *rep = NULL;
	GString *text = g_string_new(NULL), *p = g_string_new(NULL);
	char *title = NULL, day[16], pct[16];
	const struct report_sla *all;
	double a;
	int rc = -1;

	if (report_build(l, NULL, NULL, since, until, now, &rep, err) != 0 ||
	    ledger_each_open_ticket(l, alert_open_one, &x, err) != 0)
		goto out;
	g_array_sort(x.t, alert_open_cmp);
	all = &rep->sla[REPORT_ALL];
	a = report_sla_attainment(all);
	if (a < 0)
		g_strlcpy(pct, "-", sizeof(pct));
	else
		g_snprintf(pct, sizeof(pct), "%.0f%%", a);
	report_day_name(since, day, sizeof(day));
	title = g_strdup_printf("mailtriage %s digest from %s: %lld tickets, "
	    "%lld overdue, %lld open", r->digest == 7 ? "weekly" : "daily",
	    day, rep->tickets, all->overdue, (long long)x.t->len);
	g_string_append_printf(text, "%s\nMessages %lld (critical %lld, high "
	    "%lld, medium %lld, low %lld); first responses in time %s; "
	    "escalations %lld; incidents %lld.\nOldest open tickets:",
	    title, rep->messages, rep->by_priority[LEVEL_CRITICAL],
	    rep->by_priority[LEVEL_HIGH], rep->by_priority[LEVEL_MEDIUM],
	    rep->by_priority[LEVEL_LOW], pct, rep->escalations,
	    rep->incidents);
	g_string_append_printf(p, "{\"event\":\"digest\",\"since\":%lld,"
	    "\"until\":%lld,\"messages\":%lld,\"tickets\":%lld,"
	    "\"overdue\":%lld,\"escalations\":%lld,\"incidents\":%lld,"
	    "\"open\":%u,\"oldest\":[", (long long)since, (long long)until,
	    rep->messages, rep->tickets, all->overdue, rep->escalations,
	    rep->incidents, x.t->len);
	for (guint i = 0; i < x.t->len && i < 5; i++) {
		const struct alert_open *o = &g_array_index(x.t,
		    struct alert_open, i);
		char age[32];

		report_duration((long long)(now - o->created), age, sizeof(age));
		g_string_append_printf(text, "\n  #%lld %s, open %s: %s", o->id,
		    mt_level_name(o->level), age, o->subject);
		g_string_append_printf(p, "%s{\"ticket\":%lld,\"level\":"
		    "\"%s\",\"created\":%lld,\"subject\":", i ? "," : "",
		    o->id, mt_level_name(o->level), (long long)o->created);
		json_append(p, o->subject);
		g_string_append_c(p, '}');
	}
	if (x.t->len == 0)
		g_string_append(text, " none");
	g_string_append(p, "],\"title\":");
	json_append(p, title);
	g_string_append(p, ",\"text\":");
	json_append(p, text->str);
	g_string_append_c(p, '}');
	if (ledger_alert_queue(l, r->name, "digest", 0, dedup, NULL, title,
	    text->str, p->str, now, now, err) < 0)
		goto out;
	rc = 1;
out:
	report_free(&rep);
	g_array_free(x.t, TRUE);
	g_ptr_array_free(x.keep, TRUE);
	g_string_free(text, TRUE);
	g_string_free(p, TRUE);
	g_free(title);
	return rc;
}

int
alert_digests(const struct conf *c, struct ledger *l, time_t now, char **err)
{
	int n = 0, r;

	for (size_t i = 0; i < c->nalerts; i++) {
		const struct conf_alert *rt = &c->alerts[i];
		time_t due;
		char *dedup;

		if (rt->digest == 0)
			continue;
		due = alert_digest_due(c, rt, now);
		dedup = g_strdup_printf("%s\ndigest\n%lld", rt->name,
		    (long long)due);
		/* Queued before: nothing to build. */
		if ((r = ledger_alert_queued(l, dedup, err)) == 0)
			r = alert_digest(c, l, rt, due - (time_t)rt->digest *
			    86400, due, now, dedup, err) < 0 ? -1 : 2;
		g_free(dedup);
		if (r < 0)
			return -1;
		n += r == 2;
	}
	return n;
}
