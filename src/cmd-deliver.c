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
#include "cmd.h"
#include "conf.h"
#include "deliver-maildir.h"
#include "deliver.h"
#include "ledger.h"
#include "log.h"
#include "msg.h"
#include "mt.h"
#include "privdrop.h"
#include "triage.h"

static void
deliver_log(const struct triage *t, const struct deliver_result *res)
{
	const char *mid = t->msg != NULL ? msg_message_id(t->msg) : NULL;

	log_info("%s message-id=<%s> ticket=%lld priority=%s folder=%s "
	    "path=%s%s%s", res->duplicate ? "duplicate, already delivered:" :
	    "delivered:", mid != NULL ? mid : "", res->ticket,
	    mt_level_name(t->prio.level),
	    *res->folder ? res->folder : "INBOX",
	    res->path != NULL ? res->path : "-",
	    t->error != NULL ? " error=" : "", t->error != NULL ? t->error : "");
}

/* Opens the ledger (beside the Maildir by default) and files the message.
 * Returns 0 or EX_TEMPFAIL. */
static int
deliver_run(const struct conf *c, struct triage *t, const char *raw,
    size_t len, time_t arrived)
{
	struct ledger *l = NULL;
	struct deliver_result res;
	char *err = NULL;
	int rc = EX_TEMPFAIL;

	memset(&res, 0, sizeof(res));
	if (maildir_ensure(c->maildir, "", &err) != 0)
		goto out;
	if (cmd_ledger_write(c, arrived, &l, &err) != 0)
		goto out;
	if (deliver_message(c, l, t, raw, len, arrived, &res, &err) != 0)
		goto out;
	deliver_log(t, &res);
	rc = 0;
	/* Filed and recorded: now the customer may hear from us. */
	if (res.ticket > 0)
		ack_after_filing(c, l, t, res.ticket, res.row, arrived);
	if (!res.duplicate)
		ack_bounced(l, t, arrived);
	/* The mail is safe: now what earlier runs left. */
	if (deliver_recover(c, l, res.folder, arrived, &err) < 0) {
		log_warn("finishing earlier deliveries: %s", err);
		g_clear_pointer(&err, g_free);
	}
out:
	if (err != NULL)
		log_error("message not delivered, deferring: %s", err);
	g_free(err);
	deliver_result_clear(&res);
	ledger_close(&l);
	return rc;
}

static int
deliver_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct cmd_common co;
	struct cmd_env env;
	struct triage t;
	char *raw = NULL, *perr = NULL;
	size_t len = 0;
	int rc;

	if ((rc = cmd_parse(self, &argc, &argv, NULL, &co)) != 0) {
		cmd_common_clear(&co);
		return rc < 0 ? 0 : EX_TEMPFAIL;
	}
	if (argc > 1) {
		log_error("deliver takes no arguments (the message comes on "
		    "stdin)");
		cmd_common_clear(&co);
		return EX_TEMPFAIL;
	}
	if (cmd_load(&co, 0, &env) != 0) {
		log_error("configuration unusable: message deferred; fix it "
		    "(mailtriage check) and the MTA will retry");
		cmd_common_clear(&co);
		return EX_TEMPFAIL;
	}
	/* Root gives way to the Maildir's owner before anything is read
	 * or written (see privdrop.h). */
	if (privdrop_for_maildir(env.conf->user, env.conf->maildir,
	    &perr) != 0) {
		log_error("cannot drop root privileges: %s: message "
		    "deferred", perr);
		g_free(perr);
		rc = EX_TEMPFAIL;
		goto out;
	}
	if (cmd_read_all(STDIN_FILENO, &raw, &len) != 0) {
		log_error("reading the message from stdin: %s",
		    g_strerror(errno));
		rc = EX_TEMPFAIL;
		goto out;
	}
	struct triage_ctx ctx = { env.conf, env.filters, env.scratch,
	    env.tiers };
	time_t now = time(NULL);
	if (triage_classify(&ctx, raw, len, now, &t) != 0) {
		log_error("out of memory classifying the message");
		rc = EX_TEMPFAIL;
		goto out;
	}
	if (t.error != NULL)
		log_warn("%s; delivering to %s", t.error,
		    *t.folder ? t.folder : "INBOX");
	rc = deliver_run(env.conf, &t, raw, len, now);
	triage_clear(&t);
out:
	g_free(raw);
	cmd_env_free(&env);
	cmd_common_clear(&co);
	return rc;
}

const struct cmd_entry cmd_deliver_entry = {
	"deliver", "[-c FILE] [--maildir DIR] < MESSAGE",
	"Classify one message from stdin, tag it and deliver it into its "
	"priority folder (for Postfix pipe, mailbox_command or procmail).",
	deliver_exec,
};
