/* mailtriage deliver: one message on stdin, classified, tagged, delivered
 * into its priority folder and recorded in the ledger.
 *
 * Exit codes: 0 only once the message is fsync'd in new/; EX_TEMPFAIL for
 * everything else, including a broken config or filter file: Postfix
 * bounces EX_CONFIG (5.3.5), and a bounce loses the customer's mail, so
 * the message waits in the queue until the admin fixes the file. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "ack.h"
#include "alert.h"
#include "cmd.h"
#include "conf.h"
#include "filing.h"
#include "ledger.h"
#include "log.h"
#include "msg.h"
#include "mt.h"
#include "sla.h"
#include "store.h"
#include "triage.h"

#define DELIVER_ALERT_BUDGET 5.0	/* seconds for sending alerts */

static void
deliver_log(const struct triage *t, const struct filing_result *res)
{
	const char *mid = t->msg != NULL ? msg_message_id(t->msg) : NULL;

	log_info("%s message-id=<%s> ticket=%lld priority=%s folder=%s "
	    "path=%s%s%s", res->duplicate ? "duplicate, already delivered:" :
	    "delivered:", mid != NULL ? mid : "", res->ticket,
	    mt_level_name(t->prio.level),
	    *res->folder ? res->folder : "INBOX",
	    res->where != NULL ? res->where : "-",
	    t->error != NULL ? " error=" : "", t->error != NULL ? t->error : "");
}

/* Files the message (the ledger is open). Returns 0 or EX_TEMPFAIL. */
static int
deliver_run(const struct conf *c, struct ledger *l, struct triage *t,
    const char *raw, size_t len, time_t arrived)
{
	struct store *st = store_new(c);
	struct filing_result res;
	char *err = NULL;
	int rc = EX_TEMPFAIL;

	memset(&res, 0, sizeof(res));
	if (filing_message(st, l, t, raw, len, arrived, &res, &err) != 0)
		goto out;
	deliver_log(t, &res);
	rc = 0;
	/* Filed and recorded: now the customer may hear from us. */
	if (res.ticket > 0)
		ack_after_filing(c, l, t, res.ticket, res.row, arrived);
	if (!res.duplicate)
		ack_bounced(l, t, arrived);
	/* The mail is safe: now what earlier runs left. */
	if (filing_recover(st, l, res.folder, arrived, NULL, &err) < 0) {
		log_warn("finishing earlier deliveries: %s", err);
		g_clear_pointer(&err, g_free);
	}
	/* A critical ticket is news at once; a chat server that does not
	 * answer gets a few seconds, then sla or poll tries again. */
	if (c->nalerts > 0)
		alert_flush(c, l, sla_now(), DELIVER_ALERT_BUDGET);
out:
	if (err != NULL)
		log_error("message not delivered, deferring: %s", err);
	g_free(err);
	filing_result_clear(&res);
	store_free(&st);
	return rc;
}

static int
deliver_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	struct triage t;
	char *raw = NULL;
	size_t len = 0;
	int rc;

	(void)argc;
	(void)argv;
	if (cmd_read_all(STDIN_FILENO, &raw, &len) != 0) {
		log_error("reading the message from stdin: %s",
		    g_strerror(errno));
		return EX_TEMPFAIL;
	}
	struct triage_ctx ctx = { cx->env.conf, cx->env.filters,
	    cx->env.scratch, cx->env.tiers };
	time_t now = time(NULL);
	if (triage_classify(&ctx, raw, len, now, &t) != 0) {
		log_error("out of memory classifying the message");
		g_free(raw);
		return EX_TEMPFAIL;
	}
	if (t.error != NULL)
		log_warn("%s; delivering to %s", t.error,
		    *t.folder ? t.folder : "INBOX");
	rc = deliver_run(cx->env.conf, cx->ledger, &t, raw, len, now);
	triage_clear(&t);
	g_free(raw);
	return rc;
}

/* Every failure before the message is safe defers it: Postfix bounces
 * EX_CONFIG and EX_USAGE, and a bounce loses the customer's mail. */
const struct cmd_entry cmd_deliver_entry = {
	"deliver", "[-c FILE] [--maildir DIR] < MESSAGE",
	"Classify one message from stdin, tag it and deliver it into its "
	"priority folder (for Postfix pipe, mailbox_command or procmail).",
	CMD_FILTERS | CMD_OWNER | CMD_MAILDIR | CMD_FILE | CMD_DEFERS |
	CMD_RECORD, 0,
	NULL, NULL, deliver_exec, NULL,
};
