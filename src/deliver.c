/* Filing a classified message into its Maildir++ folder, in two phases
 * around the ledger so that a crash never files a message twice:
 *   0. take the message's own lock (lock.h: it dies with its holder), so
 *      that a second delivery of the same bytes waits for a live first
 *      one, or defers behind it;
 *   1. under the ledger lock, find the message (a redelivery) or reserve a
 *      pending row with its ticket and the file name it will have;
 *   2. write tmp/, fsync, link into new/, fsync; then mark it delivered.
 * A pending row found while holding the message's lock is a crashed
 * run's: the attempt looks for the named file and either completes the
 * row (after syncing the file and its directory, which the crashed run
 * may not have done) or writes it then. Rows whose last mark failed are
 * finished by deliver_recover() in the next run. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "ack.h"
#include "alert.h"
#include "auto.h"
#include "conf.h"
#include "deliver-maildir.h"
#include "deliver.h"
#include "incident.h"
#include "ledger.h"
#include "lock.h"
#include "log.h"
#include "msg.h"
#include "mt.h"
#include "triage.h"

#define DELIVER_PENDING_MAX_AGE (7 * 24 * 3600)

struct delivery {
	const struct conf *conf;
	struct ledger *ledger;
	struct triage *t;
	const char *raw;
	size_t len;
	time_t arrived;
	struct ledger_row row;		/* found or inserted; owns strings */
	char *path;
};

int
deliver_record(const struct conf *c, struct ledger *l, struct triage *t,
    time_t arrived, const char *folder, struct ledger_row *r, char **err)
{
	const char *mid = t->msg != NULL ? msg_message_id(t->msg) : NULL;
	char sig[64];

	memset(r, 0, sizeof(*r));
	mt_signals_format(t->match.signals, sig, sizeof(sig));
	r->message_id = g_strdup(mid);
	r->body_hash = g_strdup(t->body_hash);
	r->from_addr = g_strdup(t->msg ? msg_from_addr(t->msg) : NULL);
	r->subject = g_strdup(t->msg ? msg_zone_text(t->msg, ZONE_SUBJECT,
	    NULL) : NULL);
	r->received = arrived;
	r->signals = g_strdup(sig);
	r->priority = t->prio.level;
	r->rules = match_rules_list(&t->match);
	r->reasons = g_strdup(t->prio.reasons);
	r->folder = g_strdup(folder);
	r->sla_due = t->prio.due;
	r->resolve_due = t->prio.resolve_due;
	r->subject_key = g_strdup(t->subject_key);
	r->tier = g_strdup(t->tier_name);
	r->ticket = t->input.ticket;	/* > 0: joins the thread's ticket */
	r->auto_kind = t->auto_kind != AUTO_NONE ?
	    g_strdup(auto_kind_name(t->auto_kind)) : NULL;
	/* The customer writing again after an answer, or while the ticket
	 * waited on them, starts a next reply target. */
	if (t->input.ticket > 0 && !t->agent && t->auto_kind == AUTO_NONE) {
		int r1 = ledger_follow_up(l, t->input.ticket, arrived,
		    t->prio.reply_due, err);
		if (r1 < 0)
			return -1;
		if (r1 == 1)
			r->sla_due = t->prio.due = t->prio.reply_due;
	}
	if (ledger_insert_message(l, r, err) != 0)
		return -1;
	/* Many customers reporting one outage: one incident. */
	if (t->input.ticket == 0 && (incident_file(c, l, t, r->ticket, arrived,
	    &t->incident_opened, err) < 0 || incident_raise(c, l, t, r,
	    err) != 0))
		return -1;
	if (alert_filed(c, l, t, r->ticket, t->input.ticket == 0,
	    t->input.ticket_level, arrived, err) < 0)
		return -1;
	/* Automatic mail joins its ticket's history (if it refers to one)
	 * and changes nothing of it. */
	if (t->auto_kind != AUTO_NONE)
		return 0;
	if (t->agent) {
		/* The team's reply answers its ticket and changes nothing
		 * else; one answering no ticket is no work to track. */
		if (ledger_set_response(l, r->ticket, arrived, err) != 0 ||
		    (t->input.ticket == 0 && ledger_set_resolved(l, r->ticket,
		    arrived, err) != 0))
			return -1;
		return 0;
	}
	if (t->input.ticket > 0) {
		/* The ticket's signals are all its messages'; its reasons
		 * stay those of its level unless this message raised it. */
		unsigned all = t->match.signals | t->ticket_signals;
		char tsig[64];

		mt_signals_format(all, tsig, sizeof(tsig));
		int raised = t->prio.level < t->input.ticket_level;

		/* A raised level may bring the due time forward, never
		 * back (an escalation's stands). */
		if (ledger_update_ticket(l, r->ticket, r->priority, tsig,
		    raised ? r->reasons : NULL, raised ? r->sla_due : 0,
		    t->prio.reply_due, raised ? t->prio.resolve_due : 0,
		    err) != 0)
			return -1;
	}
	return 0;
}

/* Phase 1. Returns 1 when the message is already delivered, 0 to go on
 * (with *tagged ready to write), -1 on error. */
static int
deliver_reserve(struct delivery *dv, char **tagged, size_t *tlen,
    char **err)
{
	struct triage *t = dv->t;
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
			if (maildir_settle(dv->path, err) != 0 ||
			    ledger_mark_delivered(dv->ledger, dv->row.id,
			    dv->path, err) != 0)
				goto out;
			rc = 1;
			goto out;
		}
		/* Not written: tag it with the decision the row recorded
		 * (history included), into the row's folder. */
		int lvl = dv->row.priority;
		if (lvl >= 0)
			t->prio.level = (enum mt_level)lvl;
		g_strlcpy(t->prio.reasons, dv->row.reasons != NULL ?
		    dv->row.reasons : "", sizeof(t->prio.reasons));
		t->prio.due = dv->row.sla_due;
	} else if (triage_history(dv->conf, dv->ledger, dv->t, dv->arrived, 0,
	    err) != 0 || deliver_record(dv->conf, dv->ledger, dv->t, dv->arrived,
	    dv->t->folder, &dv->row, err) != 0)
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

/* The key two deliveries of the same message share: the ledger's
 * redelivery key. Caller frees. */
static char *
deliver_key(const char *message_id, const char *body_hash)
{
	return g_strdup_printf("%s\n%s", body_hash != NULL ? body_hash : "",
	    message_id != NULL ? message_id : "");
}

/* Takes the message's lock, waiting up to ledger_timeout for a live
 * delivery of the same bytes. 0 (held), or -1 with *err. */
static int
deliver_lock(const struct conf *c, const char *key, struct lock **lk,
    char **err)
{
	char *path = lock_path_for(c->ledger);
	int r = lock_take(path, key, (int)(c->ledger_timeout * 1000), lk,
	    err);

	g_free(path);
	if (r == 1)
		*err = g_strdup_printf("another delivery of this message is "
		    "still running after %.0f s ([general] ledger_timeout)",
		    c->ledger_timeout);
	return r == 0 ? 0 : -1;
}

int
deliver_message(const struct conf *c, struct ledger *l, struct triage *t,
    const char *raw, size_t len, time_t arrived, struct deliver_result *res,
    char **err)
{
	struct delivery dv = { c, l, t, raw, len, arrived, { 0 }, NULL };
	char *tagged = NULL, *lerr = NULL, *key;
	struct lock *lk = NULL;
	size_t tlen = 0;
	int r, rc = -1;

	memset(res, 0, sizeof(*res));
	key = deliver_key(t->msg != NULL ? msg_message_id(t->msg) : NULL,
	    t->body_hash);
	/* The folder is made first, so that a Maildir we cannot write
	 * leaves no pending row behind. */
	if (maildir_ensure(c->maildir, t->folder, err) != 0 ||
	    deliver_lock(c, key, &lk, err) != 0)
		goto out;
	if ((r = deliver_reserve(&dv, &tagged, &tlen, err)) < 0)
		goto out;
	if (r == 0) {
		/* The history may have moved it to a more urgent folder. */
		if (maildir_ensure(c->maildir, dv.row.folder, err) != 0)
			goto out;
		if (maildir_deliver(c->maildir, dv.row.folder, dv.row.file,
		    tagged, tlen, &dv.path, err) != 0)
			goto out;
		/* On disk: from here on the mail is safe. A failed mark
		 * leaves the row pending for deliver_recover(). */
		if (ledger_begin(l, &lerr) != 0 ||
		    ledger_mark_delivered(l, dv.row.id, dv.path, &lerr) != 0 ||
		    ledger_commit(l, &lerr) != 0) {
			ledger_rollback(l);
			log_error("delivered %s but the ledger was not updated "
			    "(%s); the next run finishes it", dv.path, lerr);
		}
	}
	res->duplicate = r == 1;
	res->ticket = dv.row.ticket;
	res->row = dv.row.id;
	res->folder = g_strdup(dv.row.folder);
	res->path = dv.path;
	dv.path = NULL;
	rc = 0;
out:
	lock_release(&lk);
	g_free(key);
	g_free(lerr);
	g_free(dv.path);
	free(tagged);
	ledger_row_clear(&dv.row);
	return rc;
}

/* One pending row: finished when its file is on disk and no live run
 * holds it. 1 finished, 0 left, -1 error. */
static int
deliver_finish(const struct conf *c, struct ledger *l,
    const struct ledger_row *row, char **err)
{
	char *key = deliver_key(row->message_id, row->body_hash), *path = NULL;
	char *lpath = lock_path_for(c->ledger);
	struct lock *lk = NULL;
	int r, rc = -1;

	/* A live run holds its message's lock: its row is not ours. */
	if ((r = lock_take(lpath, key, 0, &lk, err)) != 0) {
		rc = r == 1 ? 0 : -1;
		goto out;
	}
	if ((r = maildir_find(c->maildir, row->folder, row->file, &path)) < 0) {
		*err = g_strdup_printf("looking for %s: %s", row->file,
		    g_strerror(errno));
		goto out;
	}
	if (r == 0) {		/* not written: the MTA's retry writes it */
		rc = 0;
		goto out;
	}
	if (maildir_settle(path, err) != 0 || ledger_begin(l, err) != 0)
		goto out;
	if (ledger_mark_delivered(l, row->id, path, err) != 0 ||
	    ledger_commit(l, err) != 0) {
		ledger_rollback(l);
		goto out;
	}
	log_info("finished an earlier delivery: message-id=<%s> path=%s",
	    row->message_id != NULL ? row->message_id : "", path);
	rc = 1;
out:
	lock_release(&lk);
	g_free(lpath);
	g_free(key);
	g_free(path);
	return rc;
}

int
deliver_recover(const struct conf *c, struct ledger *l, const char *folder,
    time_t now, char **err)
{
	struct ledger_row *rows = NULL;
	size_t n = 0;
	int done = 0, r;

	/* Older than any MTA's queue lifetime: nothing will come of it;
	 * check still counts it. */
	if (ledger_pending(l, now - DELIVER_PENDING_MAX_AGE, &rows, &n,
	    err) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		char *ferr = NULL;

		/* One row that cannot be finished stops no other. */
		if ((r = deliver_finish(c, l, &rows[i], &ferr)) < 0)
			log_warn("finishing the delivery of <%s>: %s",
			    rows[i].message_id != NULL ? rows[i].message_id :
			    "", ferr != NULL ? ferr : "failed");
		else
			done += r;
		g_free(ferr);
	}
	ledger_rows_free(rows, n);
	if (ack_recover(c, l, now, err) < 0)
		return -1;
	for (int i = -2; i < (folder != NULL ? -1 : LEVEL_COUNT); i++) {
		const char *f = i == -2 ? (folder != NULL ? folder : "") :
		    i == -1 ? c->error_folder : c->level[i].folder;
		char *cerr = NULL;
		int gone = maildir_clean_tmp(c->maildir, f, now, &cerr);

		if (gone < 0)
			log_warn("cleaning tmp/ of %s: %s", *f ? f : "INBOX",
			    cerr);
		else if (gone > 0)
			log_info("removed %d leftover file%s older than 36 "
			    "hours from %s/tmp", gone, gone == 1 ? "" : "s",
			    *f ? f : "INBOX");
		g_free(cerr);
	}
	return done;
}

void
deliver_result_clear(struct deliver_result *res)
{
	g_free(res->folder);
	g_free(res->path);
	memset(res, 0, sizeof(*res));
}
