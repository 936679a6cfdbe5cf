/* mailtriage list: the ledger's messages as a table, oldest first, with
 * their tickets' state and due time. */
#include <stdio.h>
#include <time.h>
#include <string.h>
#include <sysexits.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "json.h"
#include "ledger.h"
#include "log.h"
#include "mt.h"
#include "sla.h"

/* Pads or cuts s to width display columns (UTF-8 aware). */
static void
list_cell(GString *out, const char *s, long width)
{
	long n = g_utf8_strlen(s, -1);

	if (width > 0 && n > width) {
		const char *end = g_utf8_offset_to_pointer(s, width - 1);
		g_string_append_len(out, s, end - s);
		g_string_append(out, "…");
		n = width;
	} else
		g_string_append(out, s);
	for (; width > 0 && n < width; n++)
		g_string_append_c(out, ' ');
}

struct list {
	time_t now;
	int open, overdue, json;
	size_t n;
};

/* A ticket's state for a person: pending (not on disk yet), auto (no
 * ticket), resolved, waiting (on the customer), answered (the response
 * due now was given), overdue or open. */
static const char *
list_state(const struct ledger_list_row *r, time_t now)
{
	if (!r->delivered)
		return "pending";
	if (r->ticket == 0)
		return "auto";
	if (r->resolved != 0)
		return "resolved";
	if (r->paused != 0)
		return "waiting";
	if (r->answered != 0)
		return "answered";
	if (r->sla_due != 0 && now > r->sla_due)
		return "overdue";
	return "open";
}

static int
list_row(const struct ledger_list_row *r, void *arg)
{
	struct list *ls = arg;
	const char *state = list_state(r, ls->now);
	GString *line = g_string_new(NULL);
	char *subj = g_strdup(r->subject != NULL ? r->subject : "");
	char tid[24], arr[20], due[20];

	if ((ls->open && (r->ticket == 0 || r->resolved != 0)) ||
	    (ls->overdue && strcmp(state, "overdue") != 0))
		goto out;
	ls->n++;
	if (ls->json) {
		g_string_append_printf(line, "{\"ticket\":%lld,\"arrived\":%lld,"
		    "\"state\":\"%s\",\"priority\":", r->ticket,
		    (long long)r->received, state);
		json_append(line, mt_level_name(r->priority));
		g_string_append_printf(line, ",\"due\":%lld,\"folder\":",
		    (long long)r->sla_due);
		json_append(line, r->folder != NULL && *r->folder ? r->folder :
		    "INBOX");
		g_string_append(line, ",\"signals\":");
		json_append(line, r->signals != NULL ? r->signals : "");
		g_string_append(line, ",\"from\":");
		json_append(line, r->from_addr != NULL ? r->from_addr : "");
		g_string_append(line, ",\"subject\":");
		json_append(line, subj);
		g_string_append(line, ",\"auto\":");
		if (r->auto_kind != NULL)
			json_append(line, r->auto_kind);
		else
			g_string_append(line, "null");
		g_string_append_c(line, '}');
		printf("%s\n", line->str);
		goto out;
	}
	/* One line per message: no control characters from a subject. */
	for (char *p = subj; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	if (r->ticket > 0)
		g_snprintf(tid, sizeof tid, "#%lld", r->ticket);
	else
		g_strlcpy(tid, "-", sizeof tid);
	cmd_format_time(arr, sizeof arr, r->received);
	cmd_format_time(due, sizeof due, r->ticket > 0 ? r->sla_due : 0);
	list_cell(line, tid, 7);
	g_string_append_c(line, ' ');
	list_cell(line, arr, 16);
	g_string_append_c(line, ' ');
	list_cell(line, state, 8);
	g_string_append_c(line, ' ');
	list_cell(line, mt_level_name(r->priority), 8);
	g_string_append_c(line, ' ');
	list_cell(line, due, 16);
	g_string_append_c(line, ' ');
	list_cell(line, r->folder != NULL && *r->folder ? r->folder : "INBOX",
	    16);
	g_string_append_c(line, ' ');
	list_cell(line, r->signals != NULL ? r->signals : "", 14);
	g_string_append_c(line, ' ');
	list_cell(line, subj, 0);
	printf("%s\n", line->str);
out:
	g_string_free(line, TRUE);
	g_free(subj);
	return 0;
}

static gboolean opt_open, opt_overdue, opt_json;
static const GOptionEntry list_options[] = {
	{ "open", 0, 0, G_OPTION_ARG_NONE, &opt_open,
	    "Only messages of tickets not resolved", NULL },
	{ "overdue", 0, 0, G_OPTION_ARG_NONE, &opt_overdue,
	    "Only messages of tickets past due without a response", NULL },
	{ "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
	    "One JSON object per message", NULL },
	{ NULL, 0, 0, 0, NULL, NULL, NULL }
};

static int
list_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	struct list ls = { 0 };
	char *err = NULL;
	int rc = 0;

	(void)argc;
	(void)argv;
	ls.open = opt_open;
	ls.overdue = opt_overdue;
	ls.json = opt_json;
	ls.now = sla_now();
	if (!opt_json)
		printf("%-7s %-16s %-8s %-8s %-16s %-16s %-14s %s\n", "TICKET",
		    "ARRIVED", "STATE", "PRIORITY", "DUE", "FOLDER", "SIGNALS",
		    "SUBJECT");
	if (ledger_list(cx->ledger, list_row, &ls, &err) != 0) {
		log_error("%s", err);
		rc = EX_TEMPFAIL;
	}
	g_free(err);
	return rc;
}

const struct cmd_entry cmd_list_entry = {
	"list", "[-c FILE] [--maildir DIR] [--open] [--overdue] [--json]",
	"Print the messages in the ledger, oldest first: ticket, arrival, "
	"state (open, answered, waiting, overdue, resolved; auto, pending), "
	"priority, "
	"due time, folder, signals, subject.",
	CMD_CONFIG | CMD_LEDGER, 0, list_options, NULL, list_exec, NULL,
};
