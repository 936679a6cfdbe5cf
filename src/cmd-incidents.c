/* mailtriage incidents: incidents (incident.h) with their members, and
 * closing one by hand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <glib.h>

#include "alert.h"
#include "cmd.h"
#include "incident.h"
#include "json.h"
#include "ledger-incident.h"
#include "ledger.h"
#include "log.h"
#include "sla.h"

static gboolean opt_json;
static gint64 opt_close;
static const GOptionEntry incidents_options[] = {
	{ "close", 0, 0, G_OPTION_ARG_INT64, &opt_close,
	    "Close incident ID (its tickets stay as they are)", "ID" },
	{ "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
	    "One JSON object per incident", NULL },
	{ NULL, 0, 0, 0, NULL, NULL, NULL }
};

static int
incidents_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	struct ledger_incident *a = NULL;
	char *err = NULL;
	size_t n = 0;
	int r;

	(void)argc;
	(void)argv;
	if (opt_close > 0) {
		if ((r = incident_close(cx->env.conf, cx->ledger,
		    (long long)opt_close, sla_now(), &err)) < 0) {
			log_error("%s", err);
			g_free(err);
			return EX_TEMPFAIL;
		}
		if (r == 0) {
			log_error("no open incident #%lld", (long long)opt_close);
			return EX_DATAERR;
		}
		/* Its alert goes now. */
		alert_flush(cx->env.conf, cx->ledger, sla_now(), 10.0);
		return 0;
	}
	if (ledger_incidents(cx->ledger, &a, &n, &err) != 0) {
		log_error("%s", err);
		g_free(err);
		return EX_TEMPFAIL;
	}
	if (!opt_json)
		printf("%-8s %-7s %-7s %-16s %-16s %-8s %s\n", "INCIDENT",
		    "SIGNAL", "STATE", "FIRST REPORT", "LAST REPORT", "TICKETS",
		    "TITLE / WORDS");
	for (size_t i = 0; i < n; i++) {
		const struct ledger_incident *x = &a[i];
		char f[32], l[32];

		if (opt_json) {
			GString *j = g_string_new(NULL);

			g_string_append_printf(j, "{\"id\":%lld,\"signal\":",
			    x->id);
			json_append(j, x->signal);
			g_string_append(j, ",\"title\":");
			json_append(j, x->title);
			g_string_append(j, ",\"terms\":");
			json_append(j, x->terms);
			g_string_append_printf(j, ",\"opened\":%lld,"
			    "\"first_report\":%lld,\"last_report\":%lld,"
			    "\"closed\":%lld,\"tickets\":%lld,\"open_tickets\":"
			    "%lld}", (long long)x->opened,
			    (long long)x->first_report,
			    (long long)x->last_report, (long long)x->closed,
			    x->members, x->open_members);
			printf("%s\n", j->str);
			g_string_free(j, TRUE);
			continue;
		}
		cmd_format_time(f, sizeof(f), x->first_report);
		cmd_format_time(l, sizeof(l), x->last_report);
		printf("#%-7lld %-7s %-7s %-16s %-16s %-8lld %s [%s]\n", x->id,
		    x->signal, x->closed ? "closed" : "open", f, l, x->members,
		    x->title != NULL ? x->title : "", x->terms != NULL ?
		    x->terms : "");
	}
	ledger_incidents_free(a, n);
	return 0;
}

static void
incidents_done(void)
{
	opt_close = 0;
}

/* "mailtriage incident close ID": the same as incidents --close ID. */
static int
incident_plan(struct cmd_ctx *cx, int argc, char **argv)
{
	char *end;

	(void)cx;
	if (argc != 3 || strcmp(argv[1], "close") != 0 ||
	    (opt_close = g_ascii_strtoll(argv[2], &end, 10)) <= 0 ||
	    *end != '\0') {
		log_error("usage: mailtriage incident close ID");
		return EX_USAGE;
	}
	return 0;
}

const struct cmd_entry cmd_incident_entry = {
	"incident", "close ID [-c FILE] [--maildir DIR]",
	"Close incident ID (the same as incidents --close ID).",
	CMD_CONFIG | CMD_LEDGER | CMD_OWNER, 2, NULL, incident_plan,
	incidents_exec,
	incidents_done,
};

const struct cmd_entry cmd_incidents_entry = {
	"incidents", "[-c FILE] [--maildir DIR] [--json] [--close ID]",
	"List incidents (many customers reporting one outage or safety "
	"problem) with their tickets; --close closes one.",
	CMD_CONFIG | CMD_LEDGER | CMD_OWNER, 0, incidents_options, NULL,
	incidents_exec,
	incidents_done,
};
