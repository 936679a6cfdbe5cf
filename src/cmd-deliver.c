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

#include "cmd.h"
#include "conf.h"
#include "deliver-maildir.h"
#include "ledger.h"
#include "log.h"
#include "msg.h"
#include "mt.h"
#include "triage.h"

struct delivery {
	const struct conf *conf;
	struct ledger *ledger;
	const struct triage *t;
	const char *raw;
	size_t len;
	time_t arrived;
	struct ledger_row row;		/* found or inserted */
	char *path;
};

static void
deliver_log(const struct delivery *dv, const char *what)
{
	const char *mid = dv->t->msg != NULL ? msg_message_id(dv->t->msg) :
	    NULL;

	log_info("%s message-id=<%s> ticket=%lld priority=%s folder=%s "
	    "path=%s%s%s", what, mid != NULL ? mid : "", dv->row.ticket,
	    mt_level_name(dv->t->prio.level),
	    *dv->row.folder ? dv->row.folder : "INBOX",
	    dv->path != NULL ? dv->path : "-",
	    dv->t->error != NULL ? " error=" : "",
	    dv->t->error != NULL ? dv->t->error : "");
}

/* Phase 1, under the ledger lock: find the message or reserve a pending
 * row with the file name it will have. Returns 1 when it is already
 * delivered, 0 to go on, -1 on error. */
static int
deliver_reserve(struct delivery *dv, char **tagged, size_t *tlen,
    char **err)
{
	const struct triage *t = dv->t;
	const char *mid = t->msg != NULL ? msg_message_id(t->msg) : NULL;
	char sig[64], *rules = NULL, *name = NULL;
	int found, rc = -1;

	if (ledger_begin(dv->ledger, err) != 0)
		return -1;
	found = ledger_find_message(dv->ledger, mid, t->body_hash, &dv->row,
	    err);
	if (found < 0)
		goto out;
	if (found == 1 && dv->row.delivered) {
		rc = 1;
		goto out;
	}
	if (found == 1) {
		/* A run that crashed after reserving: the file may be there. */
		int have = maildir_find(dv->conf->maildir, dv->row.folder,
		    dv->row.file, &dv->path);
		if (have < 0) {
			*err = g_strdup("cannot look for an earlier copy");
			goto out;
		}
		if (have == 1) {
			if (ledger_mark_delivered(dv->ledger, dv->row.id,
			    dv->path, err) != 0)
				goto out;
			rc = 1;
			goto out;
		}
	} else {
		rules = match_rules_list(&t->match);
		dv->row.message_id = (char *)mid;
		dv->row.body_hash = (char *)t->body_hash;
		dv->row.from_addr = t->msg ? (char *)msg_from_addr(t->msg) :
		    NULL;
		dv->row.subject = t->msg ? (char *)msg_zone_text(t->msg,
		    ZONE_SUBJECT, NULL) : NULL;
		dv->row.received = dv->arrived;
		dv->row.signals = mt_signals_format(t->match.signals, sig,
		    sizeof(sig));
		dv->row.priority = (char *)mt_level_name(t->prio.level);
		dv->row.rules = rules;
		dv->row.reasons = (char *)t->prio.reasons;
		dv->row.folder = (char *)t->folder;
		dv->row.sla_due = t->prio.due;
		if (ledger_insert_message(dv->ledger, &dv->row, err) != 0)
			goto out;
		/* Own the strings from here on, like a found row. */
		dv->row.message_id = g_strdup(mid);
		dv->row.body_hash = g_strdup(t->body_hash);
		dv->row.from_addr = g_strdup(dv->row.from_addr);
		dv->row.subject = g_strdup(dv->row.subject);
		dv->row.signals = g_strdup(sig);
		dv->row.priority = g_strdup(dv->row.priority);
		dv->row.rules = rules;
		rules = NULL;
		dv->row.reasons = g_strdup(t->prio.reasons);
		dv->row.folder = g_strdup(t->folder);
	}
	*tagged = triage_tag(t, dv->row.ticket, dv->raw, dv->len, tlen);
	name = maildir_unique_name(*tlen);
	if (ledger_set_file(dv->ledger, dv->row.id, name, err) != 0)
		goto out;
	g_free(dv->row.file);
	dv->row.file = name;
	name = NULL;
	rc = 0;
out:
	free(rules);
	free(name);
	if (rc < 0) {
		ledger_rollback(dv->ledger);
		return -1;
	}
	return ledger_commit(dv->ledger, err) == 0 ? rc : -1;
}

static int
deliver_one(struct delivery *dv)
{
	const struct conf *c = dv->conf;
	char *err = NULL, *tagged = NULL, *cerr = NULL;
	size_t tlen = 0;
	int rc = EX_TEMPFAIL, r;

	/* The folder is made first, so that a Maildir we cannot write
	 * leaves no pending row behind. */
	if (maildir_ensure(c->maildir, dv->t->folder, &err) != 0)
		goto out;
	if (ledger_open(c->ledger, (int)(c->ledger_timeout * 1000),
	    &dv->ledger, &err) != 0)
		goto out;
	if ((r = deliver_reserve(dv, &tagged, &tlen, &err)) < 0)
		goto out;
	if (r == 1) {
		deliver_log(dv, "duplicate, already delivered:");
		rc = 0;
		goto out;
	}
	if (strcmp(dv->row.folder, dv->t->folder) != 0 &&
	    maildir_ensure(c->maildir, dv->row.folder, &err) != 0)
		goto out;
	if (maildir_deliver(c->maildir, dv->row.folder, dv->row.file, tagged,
	    tlen, &dv->path, &err) != 0)
		goto out;
	rc = 0;		/* on disk: from here on the mail is safe */
	if (ledger_begin(dv->ledger, &cerr) != 0 ||
	    ledger_mark_delivered(dv->ledger, dv->row.id, dv->path,
	    &cerr) != 0 || ledger_commit(dv->ledger, &cerr) != 0) {
		ledger_rollback(dv->ledger);
		log_error("delivered %s but the ledger was not updated (%s); "
		    "a redelivery will be recognised", dv->path, cerr);
	}
	deliver_log(dv, "delivered:");
out:
	if (err != NULL)
		log_error("message not delivered, deferring: %s", err);
	g_free(err);
	g_free(cerr);
	free(tagged);
	return rc;
}

static int
deliver_exec(const struct cmd_entry *self, int argc, char **argv)
{
	struct cmd_common co;
	struct cmd_env env;
	struct triage t;
	struct delivery dv;
	char *raw = NULL;
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
	if (cmd_read_all(STDIN_FILENO, &raw, &len) != 0) {
		log_error("reading the message from stdin: %s",
		    g_strerror(errno));
		rc = EX_TEMPFAIL;
		goto out;
	}
	struct triage_ctx ctx = { env.conf, env.filters, env.scratch };
	time_t now = time(NULL);
	if (triage_classify(&ctx, raw, len, now, &t) != 0) {
		log_error("out of memory classifying the message");
		rc = EX_TEMPFAIL;
		goto out;
	}
	if (t.error != NULL)
		log_warn("%s; delivering to %s", t.error,
		    *t.folder ? t.folder : "INBOX");
	memset(&dv, 0, sizeof(dv));
	dv.conf = env.conf;
	dv.t = &t;
	dv.raw = raw;
	dv.len = len;
	dv.arrived = now;
	rc = deliver_one(&dv);
	ledger_close(&dv.ledger);
	ledger_row_clear(&dv.row);
	g_free(dv.path);
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
