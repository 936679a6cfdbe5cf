/* Exactly-once over IMAP. For each new UID of the watched folder:
 *   1. fetch it (BODY.PEEK[]) and classify it;
 *   2. in one ledger transaction, record (account, folder, UIDVALIDITY,
 *      UID, Message-ID, body hash) as 'recorded' with the keywords and the
 *      target folder decided, plus its ticket and message rows; commit;
 *   3. set the keywords, move it (both idempotent on a redo);
 *   4. mark the row 'done' and the message delivered.
 * A crash before 2 leaves nothing: the UID is new again next time. A
 * crash after 2 leaves a 'recorded' row, which the next pass redoes from
 * step 3 if the UID is still in the folder (or just marks done if it was
 * moved already). UIDs are handled in ascending order and a pass stops at
 * the first failure, so "above the highest UID in the ledger" is exactly
 * the set of messages not yet seen.
 *
 * When UIDVALIDITY changes, every UID is new again: the whole folder is
 * re-read, and a message whose Message-ID and body hash the ledger already
 * has is not filed a second time (no new ticket, not moved again). */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "ack.h"
#include "auto.h"
#include "conf.h"
#include "deliver.h"
#include "imap-sync.h"
#include "ingest-imap.h"
#include "ledger.h"
#include "log.h"
#include "match.h"
#include "msg.h"
#include "mt.h"
#include "triage.h"

struct sync {
	struct imap_session *s;
	const struct conf_account *a;
	const struct triage_ctx *ctx;
	struct ledger *l;
	unsigned long uidvalidity;
	struct imap_sync_stats *st;
};

/* "high" -> "High". */
static void
sync_capital(GString *out, const char *prefix, const char *name)
{
	g_string_append(out, prefix);
	g_string_append_c(out, g_ascii_toupper(name[0]));
	g_string_append(out, name + 1);
}

/* $Triage_High $Triage_Outage ... [$Triage_Error]. Caller frees. */
static char *
sync_keywords(const struct conf_account *a, const struct triage *t)
{
	GString *k = g_string_new(NULL);

	sync_capital(k, a->keyword_prefix, mt_level_name(t->prio.level));
	for (int i = 0; i < SIG_COUNT; i++)
		if (t->match.signals & (1u << i)) {
			g_string_append_c(k, ' ');
			sync_capital(k, a->keyword_prefix, mt_signal_name(i));
		}
	if (t->error != NULL) {
		g_string_append_c(k, ' ');
		sync_capital(k, a->keyword_prefix, "error");
	}
	if (t->auto_kind != AUTO_NONE) {
		g_string_append_c(k, ' ');
		sync_capital(k, a->keyword_prefix, "auto");
	}
	if (t->incident > 0) {
		g_string_append_c(k, ' ');
		sync_capital(k, a->keyword_prefix, "incident");
	}
	return g_string_free(k, FALSE);
}

/* A ticket and a pending message row, as deliver makes them (a reply
 * joins its thread's ticket); folder is the IMAP folder it is filed
 * into. */
static int
sync_insert_message(struct sync *y, struct triage *t, time_t arrived,
    const char *folder, long long *ticket, long long *id, char **err)
{
	struct ledger_row r;
	int rc = deliver_record(y->ctx->conf, y->l, t, arrived, folder, &r,
	    err);

	*ticket = r.ticket;
	*id = r.id;
	ledger_row_clear(&r);
	return rc;
}

/* Step 3: keywords, then the move. *nuv and *nuid: where it is now
 * (its UID in the target folder when the server said, else 0). */
static int
sync_apply(struct sync *y, const struct ledger_imap_row *r, int redo,
    unsigned long *nuv, unsigned long *nuid, char **err)
{
	*nuv = *r->target == '\0' ? r->uidvalidity : 0;
	*nuid = *r->target == '\0' ? r->uid : 0;
	if (*r->keywords != '\0' && imap_add_keywords(y->s, r->uid,
	    r->keywords, err) != IMAP_OK)
		return IMAP_TEMP;
	if (*r->target != '\0' && imap_move(y->s, r->uid, r->target,
	    r->message_id, redo, nuv, nuid, err) != IMAP_OK)
		return IMAP_TEMP;
	return IMAP_OK;
}

/* Step 4. The message is already where it belongs: a ledger that cannot
 * say so now is finished on the next pass (recorded rows are redone). */
static int
sync_done(struct sync *y, const struct ledger_imap_row *r, unsigned long nuv,
    unsigned long nuid, char **err)
{
	char *path = g_strdup_printf("imap://%s/%s", y->a->name,
	    *r->target != '\0' ? r->target : r->folder);
	int rc = IMAP_TEMP;

	if (ledger_begin(y->l, err) != 0)
		goto out;
	if (ledger_imap_mark_done(y->l, r->account, r->folder, r->uidvalidity,
	    r->uid, err) != 0 || (r->message > 0 &&
	    ledger_mark_delivered(y->l, r->message, path, err) != 0) ||
	    (nuid != 0 && ledger_imap_set_location(y->l, r, NULL, nuv, nuid,
	    NULL, err) != 0)) {
		ledger_rollback(y->l);
		goto out;
	}
	if (ledger_commit(y->l, err) == 0)
		rc = IMAP_OK;
out:
	g_free(path);
	return rc;
}

/* The test-only crash hook (tests/e2e/imap.sh): dies like a power cut
 * right after the first ledger commit, before the server is touched. */
static void
sync_test_crash(void)
{
#ifdef MT_TEST_HOOKS	/* a test build only (CMake MT_TEST_HOOKS) */
	const char *v = getenv("MAILTRIAGE_TEST_CRASH_AFTER_COMMIT");

	if (v != NULL && strcmp(v, "1") == 0) {
		log_warn("MAILTRIAGE_TEST_CRASH_AFTER_COMMIT: exiting");
		_exit(75);
	}
#endif
}

/* Step 2 for a classified message: fills ir. 1 to go on, 0 when the UID
 * was recorded already (the next pass's recovery finishes it), -1. */
static int
sync_record(struct sync *y, struct triage *t, time_t arrived,
    struct ledger_imap_row *ir, int *dup, char **err)
{
	struct ledger_row row;
	struct ledger_imap_row old;
	int found;

	memset(&row, 0, sizeof(row));
	if (ledger_begin(y->l, err) != 0)
		return -1;
	found = ledger_imap_find(y->l, ir->account, ir->folder,
	    ir->uidvalidity, ir->uid, &old, err);
	if (found != 0) {
		ledger_imap_row_clear(&old);
		ledger_rollback(y->l);
		return found < 0 ? -1 : 0;
	}
	found = ledger_find_message(y->l, ir->message_id, ir->body_hash,
	    &row, err);
	if (found < 0)
		goto fail;
	*dup = found == 1 && row.delivered;
	if (*dup) {
		/* Filed before (a UIDVALIDITY reset, or the same mail twice):
		 * keywords only, so no second copy in the target folder. */
		ir->ticket = row.ticket;
		ir->message = 0;
		ir->target[0] = '\0';
	} else if (found == 1) {
		/* Recorded under an older UIDVALIDITY, never moved. */
		ir->ticket = row.ticket;
		ir->message = row.id;
	} else {
		/* The history may raise the level (a follow-up keeps its
		 * ticket's): keywords and target follow the new decision. */
		if (triage_history(y->ctx->conf, y->l, t, arrived, 0,
		    err) != 0)
			goto fail;
		g_free(ir->keywords);
		ir->keywords = sync_keywords(y->a, t);
		if (*ir->target != '\0') {
			g_free(ir->target);
			ir->target = g_strdup(t->auto_kind != AUTO_NONE ?
			    imap_session_auto(y->s) :
			    imap_session_target(y->s, t->prio.level));
		}
		if (sync_insert_message(y, t, arrived, *ir->target != '\0' ?
		    ir->target : ir->folder, &ir->ticket, &ir->message,
		    err) != 0)
			goto fail;
		/* It may have joined an incident, and been raised: its
		 * keyword and level follow. */
		if (t->incident > 0) {
			g_free(ir->keywords);
			ir->keywords = sync_keywords(y->a, t);
			if (*ir->target != '\0') {
				g_free(ir->target);
				ir->target = g_strdup(imap_session_target(y->s,
				    t->prio.level));
			}
		}
	}
	if (ledger_imap_insert(y->l, ir, err) != 0)
		goto fail;
	ledger_row_clear(&row);
	return ledger_commit(y->l, err) == 0 ? 1 : -1;
fail:
	ledger_row_clear(&row);
	ledger_rollback(y->l);
	return -1;
}

static int
sync_new(struct sync *y, unsigned long uid, char **err)
{
	struct triage t;
	struct ledger_imap_row ir;
	unsigned long nuv = 0, nuid = 0;
	char *raw = NULL;
	const char *mid;
	size_t len;
	time_t arrived;
	int r, dup = 0, rc = IMAP_TEMP;

	memset(&t, 0, sizeof(t));
	memset(&ir, 0, sizeof(ir));
	if ((r = imap_fetch(y->s, uid, &raw, &len, &arrived, err)) <= 0)
		return r == 0 ? IMAP_OK : IMAP_TEMP;	/* 0: expunged */
	if (arrived == 0)
		arrived = time(NULL);
	if (triage_classify(y->ctx, raw, len, arrived, &t) != 0) {
		*err = g_strdup("out of memory classifying a message");
		goto out;
	}
	mid = t.msg != NULL ? msg_message_id(t.msg) : NULL;
	ir.account = (char *)y->a->name;
	ir.folder = (char *)y->a->folder;
	ir.uidvalidity = y->uidvalidity;
	ir.uid = uid;
	ir.message_id = (char *)mid;
	ir.body_hash = t.body_hash;
	ir.keywords = sync_keywords(y->a, &t);
	/* Unclassifiable mail stays where it is, with $Triage_Error, as
	 * deliver leaves it in error_folder (INBOX by default); a rule
	 * error costs the rule only. */
	ir.target = g_strdup(!y->a->move || t.unclassified ? "" :
	    t.auto_kind != AUTO_NONE ? imap_session_auto(y->s) :
	    imap_session_target(y->s, t.prio.level));
	if ((r = sync_record(y, &t, arrived, &ir, &dup, err)) <= 0) {
		rc = r == 0 ? IMAP_OK : IMAP_TEMP;
		goto out;
	}
	sync_test_crash();
	if (sync_apply(y, &ir, 0, &nuv, &nuid, err) != IMAP_OK ||
	    sync_done(y, &ir, nuv, nuid, err) != IMAP_OK)
		goto out;
	if (dup)
		y->st->duplicates++;
	else
		y->st->filed++;
	log_info("%s: account=%s uid=%lu message-id=<%s> ticket=%lld "
	    "priority=%s folder=%s keywords=%s%s%s", dup ?
	    "duplicate, already filed, left in place" : "filed",
	    y->a->name, uid, mid != NULL ? mid : "", ir.ticket,
	    mt_level_name(t.prio.level), *ir.target != '\0' ? ir.target :
	    y->a->folder, ir.keywords, t.error != NULL ? " error=" : "",
	    t.error != NULL ? t.error : "");
	/* Recorded and on the server: the customer may hear from us. */
	if (!dup && ir.ticket > 0 && ir.message > 0)
		ack_after_filing(y->ctx->conf, y->l, &t, ir.ticket, ir.message,
		    arrived);
	if (!dup)
		ack_bounced(y->l, &t, arrived);
	rc = IMAP_OK;
out:
	g_free(ir.keywords);
	g_free(ir.target);
	triage_clear(&t);
	g_free(raw);
	return rc;
}

/* Finishes what an earlier run recorded but may not have done. */
static int
sync_recover(struct sync *y, int (*stop)(void), char **err)
{
	struct ledger_imap_row *rows = NULL;
	size_t n = 0;
	int rc = IMAP_OK;

	if (ledger_imap_recorded(y->l, y->a->name, y->a->folder,
	    y->uidvalidity, &rows, &n, err) != 0)
		return IMAP_TEMP;
	for (size_t i = 0; i < n && !stop() && rc == IMAP_OK; i++) {
		struct ledger_imap_row *r = &rows[i];
		unsigned long nuv = 0, nuid = 0;
		int ex = imap_exists(y->s, r->uid, err);

		if (ex < 0) {
			rc = IMAP_TEMP;
			break;
		}
		if (ex == 1)
			rc = sync_apply(y, r, 1, &nuv, &nuid, err);
		if (rc == IMAP_OK)
			rc = sync_done(y, r, nuv, nuid, err);
		if (rc == IMAP_OK) {
			y->st->recovered++;
			log_info("finished an interrupted run: account=%s "
			    "uid=%lu ticket=%lld folder=%s%s", y->a->name,
			    r->uid, r->ticket, *r->target ? r->target :
			    r->folder, ex ? "" : " (already gone from the "
			    "folder)");
		}
	}
	ledger_imap_rows_free(rows, n);
	return rc;
}

/* Notes the folder's UIDVALIDITY; a change is logged (RFC 3501 2.3.1.1:
 * every UID may now name a different message). */
static int
sync_uidvalidity(struct sync *y, char **err)
{
	unsigned long old = 0;
	int r;

	if (ledger_begin(y->l, err) != 0)
		return IMAP_TEMP;
	if ((r = ledger_imap_uidvalidity(y->l, y->a->name, y->a->folder, &old,
	    err)) < 0)
		goto fail;
	if (r == 1 && old == y->uidvalidity) {
		ledger_rollback(y->l);
		return IMAP_OK;
	}
	if (r == 1)
		log_warn("account %s: UIDVALIDITY of %s changed from %lu to "
		    "%lu: re-reading the whole folder; messages already in "
		    "the ledger (same Message-ID and body hash) are not filed "
		    "again", y->a->name, y->a->folder, old, y->uidvalidity);
	if (ledger_imap_set_uidvalidity(y->l, y->a->name, y->a->folder,
	    y->uidvalidity, err) != 0)
		goto fail;
	return ledger_commit(y->l, err) == 0 ? IMAP_OK : IMAP_TEMP;
fail:
	ledger_rollback(y->l);
	return IMAP_TEMP;
}

int
imap_sync(struct imap_session *s, const struct conf_account *a,
    const struct triage_ctx *ctx, struct ledger *l,
    int (*stop)(void), struct imap_sync_stats *st, char **err)
{
	struct sync y = { s, a, ctx, l, imap_session_uidvalidity(s), st };
	unsigned long max = 0, *uids = NULL;
	size_t n = 0;
	int rc;

	*err = NULL;
	if ((rc = sync_uidvalidity(&y, err)) != IMAP_OK ||
	    (rc = sync_recover(&y, stop, err)) != IMAP_OK)
		return rc;
	if (ledger_imap_max_uid(l, a->name, a->folder, y.uidvalidity, &max,
	    err) != 0)
		return IMAP_TEMP;
	if (imap_uids_after(s, max, &uids, &n, err) != IMAP_OK)
		return IMAP_TEMP;
	for (size_t i = 0; i < n && !stop() && rc == IMAP_OK; i++)
		rc = sync_new(&y, uids[i], err);
	g_free(uids);
	return rc;
}
