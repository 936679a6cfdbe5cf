/* The report as one JSON object with stable keys (documented in the
 * README); times are unix seconds, durations seconds, null for none. */
#include <glib.h>

#include "json.h"
#include "report-data.h"
#include "report-format.h"


static void
json_time(GString *out, time_t t)
{
	if (t == 0)
		g_string_append(out, "null");
	else
		g_string_append_printf(out, "%lld", (long long)t);
}

static void
json_seconds(GString *out, long long v)
{
	if (v < 0)
		g_string_append(out, "null");
	else
		g_string_append_printf(out, "%lld", v);
}

static const char *
json_level(int i)
{
	return i == REPORT_ALL ? "all" : mt_level_name(i);
}

/* One SLA object, "name":{...}, after sep. */
static void
json_sla_one(GString *out, const char *sep, const char *name,
    const struct report_sla *s)
{
	double pct = report_sla_attainment(s);

	g_string_append_printf(out, "%s\n  ", sep);
	json_append(out, name);
	g_string_append_printf(out, ":{\"tickets\":%lld,\"answered\":%lld,"
	    "\"in_time\":%lld,\"late\":%lld,\"overdue\":%lld,"
	    "\"pending\":%lld,\"attainment_pct\":", s->tickets, s->answered,
	    s->in_time, s->late, s->overdue, s->pending);
	if (pct < 0)
		g_string_append(out, "null}");
	else
		g_string_append_printf(out, "%.4f}", pct);
}

static void
json_sla(GString *out, const struct report *r)
{
	g_string_append(out, ",\n\"sla\":{");
	for (int i = 0; i <= LEVEL_COUNT; i++)
		json_sla_one(out, i ? "," : "", json_level(i), &r->sla[i]);
	g_string_append(out, "},\n\"next_reply\":{");
	for (int i = 0; i <= LEVEL_COUNT; i++)
		json_sla_one(out, i ? "," : "", json_level(i), &r->reply[i]);
	g_string_append(out, "},\n\"resolution\":{");
	for (int i = 0; i <= LEVEL_COUNT; i++)
		json_sla_one(out, i ? "," : "", json_level(i), &r->resolve[i]);
	g_string_append(out, "},\n\"teams\":{");
	for (size_t i = 0; i < r->nteams; i++)
		json_sla_one(out, i ? "," : "", r->teams[i].folder,
		    &r->teams[i].sla);
	g_string_append(out, "},\n\"response_time\":{");
	for (int i = 0; i <= LEVEL_COUNT; i++) {
		g_string_append_printf(out, "%s\n  \"%s\":{\"answered\":%zu,"
		    "\"median_s\":", i ? "," : "", json_level(i), r->nresp[i]);
		json_seconds(out, report_percentile(r->resp[i], r->nresp[i],
		    50));
		g_string_append(out, ",\"p90_s\":");
		json_seconds(out, report_percentile(r->resp[i], r->nresp[i],
		    90));
		g_string_append_c(out, '}');
	}
	g_string_append(out, "},\n\"response_histogram\":[");
	for (size_t k = 0; k < REPORT_HIST_BINS; k++) {
		g_string_append_printf(out, "%s\n  {\"bucket\":", k ? "," : "");
		json_append(out, report_hist_label(k));
		for (int i = 0; i < LEVEL_COUNT; i++)
			g_string_append_printf(out, ",\"%s\":%lld",
			    mt_level_name(i), r->hist[i][k]);
		g_string_append_c(out, '}');
	}
	g_string_append(out, "]");
}

static void
json_lists(GString *out, const struct report *r)
{
	g_string_append_printf(out, ",\n\"overdue_total\":%lld,\n"
	    "\"overdue\":[", r->noverdue_total);
	for (size_t i = 0; i < r->noverdue; i++) {
		const struct report_ticket *o = &r->overdue[i];
		g_string_append_printf(out, "%s\n  {\"ticket\":%lld,"
		    "\"priority\":", i ? "," : "", o->id);
		json_append(out, o->level < LEVEL_COUNT ?
		    mt_level_name(o->level) : "");
		g_string_append(out, ",\"created\":");
		json_time(out, o->created);
		g_string_append(out, ",\"sla_due\":");
		json_time(out, o->sla_due);
		g_string_append(out, ",\"from\":");
		json_append(out, o->from_addr);
		g_string_append(out, ",\"subject\":");
		json_append(out, o->subject);
		g_string_append_c(out, '}');
	}
	g_string_append(out, "],\n\"rules\":[");
	for (size_t i = 0; i < r->nrules; i++) {
		g_string_append_printf(out, "%s\n  {\"id\":", i ? "," : "");
		json_append(out, r->rules[i].id);
		g_string_append_printf(out, ",\"hits\":%lld,\"loaded\":%s,"
		    "\"never_fired\":%s}", r->rules[i].hits,
		    r->rules[i].loaded ? "true" : "false",
		    r->rules[i].hits == 0 ? "true" : "false");
	}
	g_string_append(out, "],\n\"top_senders\":[");
	for (size_t i = 0; i < r->nsenders; i++) {
		g_string_append_printf(out, "%s\n  {\"address\":", i ? "," : "");
		json_append(out, r->senders[i].key);
		g_string_append_printf(out, ",\"messages\":%lld}",
		    r->senders[i].n);
	}
	g_string_append(out, "],\n\"top_domains\":[");
	for (size_t i = 0; i < r->ndomains; i++) {
		g_string_append_printf(out, "%s\n  {\"domain\":", i ? "," : "");
		json_append(out, r->domains[i].key);
		g_string_append_printf(out, ",\"messages\":%lld}",
		    r->domains[i].n);
	}
	g_string_append_printf(out, "],\n\"corrections\":{\"total\":%lld,"
	    "\"raised\":%lld,\"lowered\":%lld,\"by_signal\":{",
	    r->corrections, r->corrected_up, r->corrected_down);
	for (int i = 0; i <= SIG_COUNT; i++)
		g_string_append_printf(out, "%s\"%s\":%lld", i ? "," : "",
		    i == REPORT_NONE ? "none" : mt_signal_name(i),
		    r->corrected_signal[i]);
	g_string_append(out, "},\"by_rule\":{");
	for (size_t i = 0; i < r->ncorrected_rules; i++) {
		if (i > 0)
			g_string_append_c(out, ',');
		json_append(out, r->corrected_rules[i].key);
		g_string_append_printf(out, ":%lld", r->corrected_rules[i].n);
	}
	g_string_append(out, "}},\n\"automatic\":{");
	for (int k = 1; k < AUTO_COUNT; k++)
		g_string_append_printf(out, "%s\"%s\":%lld", k > 1 ? "," : "",
		    auto_kind_name(k), r->auto_n[k]);
	g_string_append(out, "},\n\"undeliverable\":[");
	for (size_t i = 0; i < r->nbounced; i++) {
		g_string_append_printf(out, "%s\n  {\"address\":", i ? "," : "");
		json_append(out, r->bounced[i].address);
		g_string_append_printf(out, ",\"bounces\":%lld,\"first\":%lld,"
		    "\"last\":%lld,\"status\":", r->bounced[i].bounces,
		    (long long)r->bounced[i].first,
		    (long long)r->bounced[i].last);
		if (r->bounced[i].status != NULL)
			json_append(out, r->bounced[i].status);
		else
			g_string_append(out, "null");
		g_string_append_c(out, '}');
	}
	g_string_append(out, "]");
}

void
report_json(GString *out, const struct report *r)
{
	g_string_append(out, "{\"since\":");
	json_time(out, r->since);
	g_string_append(out, ",\"until\":");
	json_time(out, r->until);
	g_string_append_printf(out, ",\"now\":%lld,\n\"messages\":%lld,"
	    "\"tickets\":%lld,\"escalations\":%lld,"
	    "\"escalations_tracked\":%s,\n\"by_priority\":{", (long long)r->now,
	    r->messages, r->tickets, r->escalations,
	    r->escalations_tracked ? "true" : "false");
	for (int i = 0; i < LEVEL_COUNT; i++)
		g_string_append_printf(out, "%s\"%s\":%lld", i ? "," : "",
		    mt_level_name(i), r->by_priority[i]);
	g_string_append_printf(out, "},\n\"incidents\":{\"opened\":%lld,"
	    "\"tickets\":%lld,\"open\":%lld,\"recognised_median_s\":",
	    r->incidents, r->incident_tickets, r->incidents_open);
	json_seconds(out, r->incident_recognised);
	g_string_append(out, ",\"lasted_median_s\":");
	json_seconds(out, r->incident_lasted);
	g_string_append(out, "},\n\"by_signal\":{");
	for (int i = 0; i <= SIG_COUNT; i++)
		g_string_append_printf(out, "%s\"%s\":%lld", i ? "," : "",
		    i == REPORT_NONE ? "none" : mt_signal_name(i),
		    r->by_signal[i]);
	g_string_append(out, "},\n\"per_day\":[");
	for (size_t i = 0; i < r->ndays; i++) {
		const long long *n = r->days[i].n;
		g_string_append_printf(out, "%s\n  {\"day\":\"%s\"", i ? "," : "",
		    r->days[i].day);
		for (int k = 0; k < LEVEL_COUNT; k++)
			g_string_append_printf(out, ",\"%s\":%lld",
			    mt_level_name(k), n[k]);
		g_string_append_printf(out, ",\"total\":%lld}",
		    n[0] + n[1] + n[2] + n[3]);
	}
	g_string_append(out, "]");
	json_sla(out, r);
	json_lists(out, r);
	g_string_append(out, "\n}\n");
}
