/* One poll pass over a watched IMAP folder: the folder's UIDVALIDITY
 * noted, what an earlier run left finished, then each new UID fetched
 * (BODY.PEEK[]), classified and filed through the IMAP store
 * (store-imap.c) by the one filing protocol (filing.h): recorded in the
 * ledger before the server is touched, keywords set and moved, marked
 * done. UIDs are handled in ascending order and a pass stops at the
 * first failure, so "above the highest UID in the ledger" is exactly the
 * set of messages not yet seen.
 *
 * When UIDVALIDITY changes, every UID is new again: the whole folder is
 * re-read, and a message whose Message-ID and body hash the ledger already
 * has is not filed a second time (no new ticket, not moved again). */
#include <string.h>
#include <time.h>

#include <glib.h>

#include "ack.h"
#include "conf.h"
#include "filing.h"
#include "imap-sync.h"
#include "imap.h"
#include "ledger.h"
#include "log.h"
#include "monitor.h"
#include "msg.h"
#include "mt.h"
#include "store.h"
#include "triage.h"

struct sync {
	struct imap_session *s;
	const struct conf_account *a;
	const struct triage_ctx *ctx;
	struct ledger *l;
	unsigned long uidvalidity;
	struct store *store;
	struct imap_sync_stats *st;
};

/* One new UID: fetched, classified and filed (filing.h). */
static int
sync_new(struct sync *y, unsigned long uid, char **err)
{
	struct filing_result res = { 0 };
	struct triage t;
	char *raw = NULL;
	size_t len;
	time_t arrived;
	int r, rc = IMAP_TEMP;

	memset(&t, 0, sizeof(t));
	if ((r = imap_fetch(y->s, uid, &raw, &len, &arrived, err)) <= 0)
		return r == 0 ? IMAP_OK : IMAP_TEMP;	/* 0: expunged */
	if (arrived == 0)
		arrived = time(NULL);
	if (triage_classify(y->ctx, raw, len, arrived, &t) != 0) {
		*err = g_strdup("out of memory classifying a message");
		goto out;
	}
	store_imap_input(y->store, uid);
	if (filing_message(y->store, y->l, &t, raw, len, arrived, &res,
	    err) != 0) {
		monitor_message(y->st->metrics, &t, MONITOR_DEFERRED);
		goto out;
	}
	rc = IMAP_OK;
	if (res.left)		/* recorded by an earlier pass */
		goto out;
	monitor_message(y->st->metrics, &t, res.duplicate ?
	    MONITOR_DUPLICATE : MONITOR_FILED);
	if (res.duplicate)
		y->st->duplicates++;
	else
		y->st->filed++;
	log_info("%s: account=%s uid=%lu message-id=<%s> ticket=%lld "
	    "priority=%s folder=%s%s%s", res.duplicate ?
	    "duplicate, already filed, left in place" : "filed", y->a->name,
	    uid, t.msg != NULL && msg_message_id(t.msg) != NULL ?
	    msg_message_id(t.msg) : "", res.ticket, mt_level_name(t.prio.level),
	    res.duplicate ? y->a->folder : res.folder,
	    t.error != NULL ? " error=" : "", t.error != NULL ? t.error : "");
	/* Recorded and on the server: the customer may hear from us. */
	if (!res.duplicate && res.ticket > 0 && res.row > 0)
		ack_after_filing(y->ctx->conf, y->l, &t, res.ticket, res.row,
		    arrived);
	if (!res.duplicate)
		ack_bounced(y->l, &t, arrived);
out:
	filing_result_clear(&res);
	triage_clear(&t);
	g_free(raw);
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
	struct sync y = { s, a, ctx, l, imap_session_uidvalidity(s), NULL,
	    st };
	unsigned long max = 0, *uids = NULL;
	size_t n = 0;
	int rc, done;

	*err = NULL;
	if ((rc = sync_uidvalidity(&y, err)) != IMAP_OK)
		return rc;
	y.store = store_imap_new(ctx->conf, s, a, y.uidvalidity);
	rc = IMAP_TEMP;
	/* What an earlier run recorded but may not have done. */
	if ((done = filing_recover(y.store, l, NULL, time(NULL), stop,
	    err)) < 0)
		goto out;
	st->recovered += (size_t)done;
	if (ledger_imap_max_uid(l, a->name, a->folder, y.uidvalidity, &max,
	    err) != 0 || imap_uids_after(s, max, &uids, &n, err) != IMAP_OK)
		goto out;
	rc = IMAP_OK;
	for (size_t i = 0; i < n && !stop() && rc == IMAP_OK; i++)
		rc = sync_new(&y, uids[i], err);
out:
	g_free(uids);
	store_free(&y.store);
	return rc;
}
