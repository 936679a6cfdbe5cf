/* The one exactly-once filing protocol (filing.h) over a store (store.h):
 * lock, reserve, put, mark; and recovery of what a killed run left. */
#include <string.h>

#include <glib.h>

#include "ack.h"
#include "alert.h"
#include "auto.h"
#include "conf.h"
#include "filing.h"
#include "incident.h"
#include "ledger.h"
#include "log.h"
#include "msg.h"
#include "mt.h"
#include "store.h"
#include "triage.h"

/* What reserving found. */
enum {
	RESERVE_PUT = 0,	/* reserved: put it */
	RESERVE_DONE = 1,	/* filed before: nothing to put */
	RESERVE_LEFT = 2,	/* the store's own earlier record of it */
};

/* Records t in the ledger (inside the caller's transaction) as a pending
 * message filed into folder: a new ticket, or, for a follow-up that
 * triage_history found, a message added to its ticket (whose priority,
 * reasons and due time follow; the customer writing again after an
 * answer starts a next reply target, and t's due time becomes it); the
 * alerts of a new or raised ticket are queued with it (alert.h).
 * Fills *r (free with ledger_row_clear). 0, or -1 with *err. */
static int
filing_record(const struct conf *c, struct ledger *l, struct triage *t,
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

/* A new message: the decision made complete with the history, recorded
 * with its ticket, into the folder the store names for it. */
static int
filing_decide(struct store *s, struct filing *f, char **err)
{
	struct triage *t = f->t;
	char *folder;
	int rc = -1;

	if (triage_history(s->conf, f->ledger, t, f->arrived, 0, err) != 0)
		return -1;
	folder = s->ops->target(s, t);
	if (filing_record(s->conf, f->ledger, t, f->arrived, folder, &f->row,
	    err) != 0)
		goto out;
	/* Joining an incident may have raised it: the folder follows. */
	g_free(folder);
	folder = s->ops->target(s, t);
	if (strcmp(folder, f->row.folder) != 0) {
		if (ledger_set_folder(f->ledger, f->row.id, folder, err) != 0)
			goto out;
		g_free(f->row.folder);
		f->row.folder = folder;
		folder = NULL;
	}
	rc = 0;
out:
	g_free(folder);
	return rc;
}

/* A crashed run's reservation whose copy is not in place: put as it
 * decided (history included), into its folder. */
static void
filing_adopt(struct filing *f)
{
	struct triage *t = f->t;

	t->prio.level = f->row.priority;
	g_strlcpy(t->prio.reasons, f->row.reasons != NULL ? f->row.reasons :
	    "", sizeof(t->prio.reasons));
	t->prio.due = f->row.sla_due;
}

/* Phase 1 for one message, inside the batch's transaction. Returns a
 * RESERVE_* or -1 (the caller rolls the batch back). */
static int
filing_reserve(struct store *s, struct filing *f, char **err)
{
	struct triage *t = f->t;
	int found;

	/* Claimed: nothing of it is written in this transaction. */
	if (s->ops->claimed != NULL &&
	    (found = s->ops->claimed(s, f, err)) != 0)
		return found < 0 ? -1 : RESERVE_LEFT;
	found = ledger_find_message(f->ledger, t->msg != NULL ?
	    msg_message_id(t->msg) : NULL, t->body_hash, &f->row, err);
	if (found < 0)
		return -1;
	if (found == 1 && f->row.delivered)
		f->duplicate = 1;
	else if (found == 1) {
		/* A run that crashed after reserving: the copy may be in
		 * place already. */
		int have = s->ops->present(s, f, err);

		if (have < 0 || (have == 1 && ledger_mark_delivered(f->ledger,
		    f->row.id, f->where, err) != 0))
			return -1;
		if (have == 1)
			f->duplicate = 1;
		else
			filing_adopt(f);
	} else if (filing_decide(s, f, err) != 0)
		return -1;
	if (s->ops->reserve(s, f, err) != 0)
		return -1;
	return f->put ? RESERVE_PUT : RESERVE_DONE;
}

/* Phase 2: fs[0..n) put in place, together when the store can. */
static int
filing_put(struct store *s, struct filing **fs, size_t n, char **err)
{
	if (s->ops->put_many != NULL)
		return s->ops->put_many(s, fs, n, err);
	for (size_t i = 0; i < n; i++)
		if (s->ops->put(s, fs[i], 0, err) != 0)
			return -1;
	return 0;
}

/* Phase 3, in one transaction for fs[0..n): the store's marks, and the
 * message rows delivered. The copies are safe already: a mark lost in a
 * power cut leaves the reservations, which recovery finishes, so the
 * commit does not wait for the disk. 0 or -1 with *err. */
static int
filing_mark(struct store *s, struct filing **fs, size_t n, char **err)
{
	struct ledger *l = fs[0]->ledger;

	if (ledger_begin_lazy(l, err) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct filing *f = fs[i];

		if ((s->ops->mark != NULL && s->ops->mark(s, f, err) != 0) ||
		    (f->row.id > 0 && !f->duplicate && ledger_mark_delivered(
		    l, f->row.id, f->where, err) != 0)) {
			ledger_rollback(l);
			return -1;
		}
	}
	return ledger_commit_lazy(l, err);
}

/* The key two filings of the same message share: the ledger's
 * redelivery key. Caller frees. */
static char *
filing_key(const char *message_id, const char *body_hash)
{
	return g_strdup_printf("%s\n%s", body_hash != NULL ? body_hash : "",
	    message_id != NULL ? message_id : "");
}

/* How many of in, from the first, make a batch: up to the second filing
 * of a message (same key), which must find the first one filed. Sets
 * keys[i] for those (caller frees each). */
static size_t
filing_batch_len(const struct filing_input *in, size_t n, char **keys)
{
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	size_t k;

	for (k = 0; k < n; k++) {
		const struct triage *t = in[k].t;
		char *key = filing_key(t->msg != NULL ?
		    msg_message_id(t->msg) : NULL, t->body_hash);

		if (g_hash_table_contains(seen, key)) {
			g_free(key);
			break;
		}
		keys[k] = key;
		g_hash_table_add(seen, key);
	}
	g_hash_table_destroy(seen);
	return k;
}

static int
filing_key_cmp(const void *a, const void *b)
{
	return strcmp(**(char *const *const *)a, **(char *const *const *)b);
}

/* The locks of keys[0..n), taken in the keys' order, so that two batches
 * never wait on each other. 0, or -1 with *err (none held then). */
static int
filing_lock_all(struct ledger *l, char **keys, size_t n, double timeout,
    struct ledger_lock **lk, char **err)
{
	char ***order = g_new(char **, n);
	int r = 0;

	for (size_t i = 0; i < n; i++)
		order[i] = &keys[i];
	qsort(order, n, sizeof(*order), filing_key_cmp);
	for (size_t i = 0; i < n && r == 0; i++)
		if ((r = ledger_lock(l, *order[i], (int)(timeout * 1000),
		    &lk[order[i] - keys], err)) == 1)
			*err = g_strdup_printf("another delivery of this "
			    "message is still running after %.0f s ([general] "
			    "ledger_timeout)", timeout);
	g_free(order);
	if (r == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		ledger_unlock(l, &lk[i]);
	return -1;
}

int
filing_batch(struct store *s, struct ledger *l, const struct filing_input *in,
    size_t n, struct filing_result *res, char **err)
{
	char **keys = g_new0(char *, n + 1);
	size_t k = filing_batch_len(in, n, keys), nput = 0;
	struct filing *fs = g_new0(struct filing, k + 1);
	struct filing **put = g_new0(struct filing *, k + 1);
	struct ledger_lock **lk = g_new0(struct ledger_lock *, k + 1);
	int *r = g_new0(int, k + 1);
	char *lerr = NULL;
	int rc = -1;

	for (size_t i = 0; i < k; i++) {
		memset(&res[i], 0, sizeof(res[i]));
		fs[i].ledger = l;
		fs[i].t = in[i].t;
		fs[i].raw = in[i].raw;
		fs[i].len = in[i].len;
		fs[i].arrived = in[i].arrived;
		fs[i].uid = in[i].uid;
	}
	for (size_t i = 0; i < k; i++)
		if (s->ops->prepare != NULL &&
		    s->ops->prepare(s, &fs[i], err) != 0)
			goto out;
	if (filing_lock_all(l, keys, k, s->conf->ledger_timeout, lk,
	    err) != 0)
		goto out;
	if (ledger_begin(l, err) != 0)
		goto out;
	for (size_t i = 0; i < k; i++)
		if ((r[i] = filing_reserve(s, &fs[i], err)) < 0) {
			ledger_rollback(l);
			goto out;
		}
	if (ledger_commit(l, err) != 0)
		goto out;
	for (size_t i = 0; i < k; i++)
		if (r[i] == RESERVE_PUT)
			put[nput++] = &fs[i];
	if (nput > 0) {
		mt_test_crash("AFTER_COMMIT");
		if (filing_put(s, put, nput, err) != 0)
			goto out;
		mt_test_crash("AFTER_PUT");
		/* In place: from here on the mail is safe. A failed mark
		 * leaves the reservations for filing_recover(). */
		if (filing_mark(s, put, nput, &lerr) != 0)
			for (size_t i = 0; i < nput; i++) {
				char *d = s->ops->describe(s, put[i]);

				log_error("filed %s but the ledger was not "
				    "updated (%s); the next run finishes it",
				    d, lerr);
				g_free(d);
			}
	}
	for (size_t i = 0; i < k; i++) {
		res[i].duplicate = fs[i].duplicate;
		res[i].left = r[i] == RESERVE_LEFT;
		res[i].ticket = fs[i].row.ticket;
		res[i].row = fs[i].row.id;
		res[i].folder = g_strdup(fs[i].row.folder != NULL ?
		    fs[i].row.folder : "");
		res[i].where = fs[i].where;
		fs[i].where = NULL;
	}
	rc = (int)k;
out:
	for (size_t i = 0; i < k; i++) {
		ledger_unlock(l, &lk[i]);
		store_filing_clear(s, &fs[i]);
		g_free(keys[i]);
	}
	g_free(lerr);
	g_free(keys);
	g_free(fs);
	g_free(put);
	g_free(lk);
	g_free(r);
	return rc;
}

int
filing_message(struct store *s, struct ledger *l, struct triage *t,
    const char *raw, size_t len, time_t arrived, struct filing_result *res,
    char **err)
{
	struct filing_input in = { t, raw, len, arrived, 0 };

	return filing_batch(s, l, &in, 1, res, err) < 0 ? -1 : 0;
}

/* One unfinished reservation: finished when its copy is in place (or
 * can be put from the store's original) and no live run holds it.
 * 1 finished, 0 left, -1 error. */
static int
filing_finish(struct store *s, struct filing *f, char **err)
{
	struct ledger_lock *lk = NULL;
	char *d, *key;
	int r, rc = -1;

	/* A live run holds its message's lock: its reservation is not
	 * ours. */
	key = filing_key(f->row.message_id, f->row.body_hash);
	r = ledger_lock(f->ledger, key, 0, &lk, err);
	g_free(key);
	if (r != 0)
		return r == 1 ? 0 : -1;
	if ((r = s->ops->present(s, f, err)) < 0)
		goto out;
	if (r == 0 && !s->ops->keeps_original) {
		rc = 0;		/* not put: the MTA's retry puts it */
		goto out;
	}
	if ((r == 0 && s->ops->put(s, f, 1, err) != 0) ||
	    filing_mark(s, &f, 1, err) != 0)
		goto out;
	d = s->ops->describe(s, f);
	log_info("finished an earlier delivery: %s", d);
	g_free(d);
	rc = 1;
out:
	ledger_unlock(f->ledger, &lk);
	return rc;
}

int
filing_recover(struct store *s, struct ledger *l, const char *folder,
    time_t now, int (*stop)(void), char **err)
{
	struct filing *fs = NULL;
	size_t n = 0;
	int done = 0, r, rc = 0;

	if (s->ops->unfinished(s, l, now, &fs, &n, err) != 0)
		return -1;
	for (size_t i = 0; i < n && (stop == NULL || !stop()); i++) {
		char *ferr = NULL, *d;

		if ((r = filing_finish(s, &fs[i], &ferr)) >= 0) {
			done += r;
			continue;
		}
		d = s->ops->describe(s, &fs[i]);
		if (s->ops->stop_on_error) {
			/* The rest waits for the next pass. */
			*err = g_strdup_printf("finishing %s: %s", d, ferr);
			g_free(d);
			g_free(ferr);
			rc = -1;
			break;
		}
		/* One that cannot be finished stops no other. */
		log_warn("finishing the delivery of %s: %s", d,
		    ferr != NULL ? ferr : "failed");
		g_free(d);
		g_free(ferr);
	}
	store_filings_free(s, fs, n);
	if (rc < 0)
		return -1;
	/* Acknowledgements a killed run recorded but did not send: a
	 * problem there holds up no filing. */
	{
		char *aerr = NULL;

		if (ack_recover(s->conf, l, now, &aerr) < 0)
			log_warn("acknowledgements: %s", aerr);
		g_free(aerr);
	}
	if (s->ops->tidy != NULL)
		s->ops->tidy(s, folder, now);
	return done;
}

void
filing_result_clear(struct filing_result *res)
{
	g_free(res->folder);
	g_free(res->where);
	memset(res, 0, sizeof(*res));
}
