/* mailtriage alerts: the alert queue (alert.h) — what went out, what
 * waits and why; --send sends what is due now. */
#include <stdio.h>
#include <sysexits.h>
#include <time.h>

#include <glib.h>

#include "alert.h"
#include "cmd.h"
#include "conf.h"
#include "json.h"
#include "ledger-alert.h"
#include "ledger.h"
#include "log.h"
#include "sla.h"

static gboolean opt_json, opt_send;
static const GOptionEntry alerts_options[] = {
	{ "send", 0, 0, G_OPTION_ARG_NONE, &opt_send,
	    "Send what is due first (as sla and poll do)", NULL },
	{ "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
	    "One JSON object per alert", NULL },
	{ NULL, 0, 0, 0, NULL, NULL, NULL }
};

static int
alerts_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	struct ledger_alert *a = NULL;
	time_t now = sla_now();
	char *err = NULL;
	size_t n = 0;

	(void)argc;
	(void)argv;
	if (opt_send)
		alert_flush(cx->env.conf, cx->ledger, now, 0);
	if (ledger_alerts(cx->ledger, now, 1, &a, &n, &err) != 0) {
		log_error("%s", err);
		g_free(err);
		return EX_TEMPFAIL;
	}
	if (!opt_json)
		printf("%-6s %-8s %-12s %-10s %-7s %-3s %-16s %s\n", "ALERT",
		    "STATE", "ROUTE", "EVENT", "TICKET", "TRY", "WHEN",
		    "TITLE / LAST ERROR");
	for (size_t i = 0; i < n; i++) {
		const struct ledger_alert *x = &a[i];
		char when[32];

		if (opt_json) {
			GString *j = g_string_new(NULL);

			g_string_append_printf(j, "{\"id\":%lld,\"state\":", x->id);
			json_append(j, x->state);
			g_string_append(j, ",\"route\":");
			json_append(j, x->route);
			g_string_append(j, ",\"event\":");
			json_append(j, x->event);
			g_string_append_printf(j, ",\"ticket\":%lld,\"attempts\":"
			    "%lld,\"created\":%lld,\"next_try\":%lld,\"sent\":"
			    "%lld,\"title\":", x->ticket, x->attempts,
			    (long long)x->created, (long long)x->next_try,
			    (long long)x->sent);
			json_append(j, x->title);
			g_string_append(j, ",\"last_error\":");
			json_append(j, x->last_error);
			g_string_append(j, "}");
			printf("%s\n", j->str);
			g_string_free(j, TRUE);
			continue;
		}
		cmd_format_time(when, sizeof(when), g_strcmp0(x->state, "sent") ==
		    0 ? x->sent : x->next_try);
		printf("%-6lld %-8s %-12s %-10s #%-6lld %-3lld %-16s %s\n",
		    x->id, x->state, x->route, x->event, x->ticket, x->attempts,
		    when, x->last_error != NULL && g_strcmp0(x->state, "sent") ?
		    x->last_error : x->title);
	}
	ledger_alerts_free(a, n);
	return 0;
}

const struct cmd_entry cmd_alerts_entry = {
	"alerts", "[-c FILE] [--maildir DIR] [--send] [--json]",
	"List the alert queue: sent, waiting (quiet hours, a retry) and "
	"failed alerts with the last error; --send sends what is due.",
	CMD_CONFIG | CMD_LEDGER | CMD_OWNER, 0, alerts_options, NULL,
	alerts_exec, NULL,
};
