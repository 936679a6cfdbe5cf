/* Filing a classified message into its Maildir++ folder, in two phases
 * around the ledger so that a crash never files a message twice:
 *   1. under the ledger lock, find the message (a redelivery) or reserve a
 *      pending row with its ticket and the file name it will have;
 *   2. write tmp/, fsync, link into new/, fsync; then mark it delivered.
 * A crash between the two leaves a pending row; the next attempt looks
 * for the named file and either completes the row or writes it then. */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "conf.h"
#include "deliver-maildir.h"
#include "deliver.h"
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
	struct ledger_row row;		/* found or inserted; owns strings */
	char *path;
};

/* Inserts a pending row for a new message; the row then owns copies. */
static int
deliver_insert(struct delivery *dv, char **err)
{
	const struct triage *t = dv->t;
	const char *mid = t->msg != NULL ? msg_message_id(t->msg) : NULL;
	char sig[64], *rules = match_rules_list(&t->match);
	struct ledger_row *r = &dv->row;

	mt_signals_format(t->match.signals, sig, sizeof(sig));
	r->message_id = g_strdup(mid);
	r->body_hash = g_strdup(t->body_hash);
	r->from_addr = g_strdup(t->msg ? msg_from_addr(t->msg) : NULL);
	r->subject = g_strdup(t->msg ? msg_zone_text(t->msg, ZONE_SUBJECT,
	    NULL) : NULL);
	r->received = dv->arrived;
	r->signals = g_strdup(sig);
	r->priority = g_strdup(mt_level_name(t->prio.level));
	r->rules = rules;
	r->reasons = g_strdup(t->prio.reasons);
	r->folder = g_strdup(t->folder);
	r->sla_due = t->prio.due;
	return ledger_insert_message(dv->ledger, r, err);
}

/* Phase 1. Returns 1 when the message is already delivered, 0 to go on
 * (with *tagged ready to write), -1 on error. */
static int
deliver_reserve(struct delivery *dv, char **tagged, size_t *tlen,
    char **err)
{
	const struct triage *t = dv->t;
	const char *mid = t->msg != NULL ? msg_message_id(t->msg) : NULL;
	char *name = NULL;
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
	} else if (deliver_insert(dv, err) != 0)
		goto out;
	*tagged = triage_tag(t, dv->row.ticket, dv->raw, dv->len, tlen);
	name = maildir_unique_name(*tlen);
	if (ledger_set_file(dv->ledger, dv->row.id, name, err) != 0)
		goto out;
	g_free(dv->row.file);
	dv->row.file = name;
	name = NULL;
	rc = 0;
out:
	free(name);
	if (rc < 0) {
		ledger_rollback(dv->ledger);
		return -1;
	}
	return ledger_commit(dv->ledger, err) == 0 ? rc : -1;
}

int
deliver_message(const struct conf *c, struct ledger *l,
    const struct triage *t, const char *raw, size_t len, time_t arrived,
    struct deliver_result *res, char **err)
{
	struct delivery dv = { c, l, t, raw, len, arrived, { 0 }, NULL };
	char *tagged = NULL, *lerr = NULL;
	size_t tlen = 0;
	int r, rc = -1;

	memset(res, 0, sizeof(*res));
	/* The folder is made first, so that a Maildir we cannot write
	 * leaves no pending row behind. */
	if (maildir_ensure(c->maildir, t->folder, err) != 0)
		goto out;
	if ((r = deliver_reserve(&dv, &tagged, &tlen, err)) < 0)
		goto out;
	if (r == 0) {
		if (strcmp(dv.row.folder, t->folder) != 0 &&
		    maildir_ensure(c->maildir, dv.row.folder, err) != 0)
			goto out;
		if (maildir_deliver(c->maildir, dv.row.folder, dv.row.file,
		    tagged, tlen, &dv.path, err) != 0)
			goto out;
		/* On disk: from here on the mail is safe. */
		if (ledger_begin(l, &lerr) != 0 ||
		    ledger_mark_delivered(l, dv.row.id, dv.path, &lerr) != 0 ||
		    ledger_commit(l, &lerr) != 0) {
			ledger_rollback(l);
			log_error("delivered %s but the ledger was not updated "
			    "(%s); a redelivery will be recognised", dv.path,
			    lerr);
		}
	}
	res->duplicate = r == 1;
	res->ticket = dv.row.ticket;
	res->folder = g_strdup(dv.row.folder);
	res->path = dv.path;
	dv.path = NULL;
	rc = 0;
out:
	g_free(lerr);
	g_free(dv.path);
	free(tagged);
	ledger_row_clear(&dv.row);
	return rc;
}

void
deliver_result_clear(struct deliver_result *res)
{
	g_free(res->folder);
	g_free(res->path);
	memset(res, 0, sizeof(*res));
}
